import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors';
import type { ImageHeader } from '@/lib/media/image-header';
import type { AssetFile } from '../files';
import { folderKind, readSite } from '../load';
import { siteConfigNotices, type SiteConfig } from './site';
import { entryLine, missingTrust, trustProblems, type TrustConfig } from './trust';

// The trust content of content/site.ts (portrait, testimonials, clients, work history): every
// check, bad input and good, each at its line, with the files of the site image folders as given.
// Names and domains are fixtures (example.com, "Ada Example"), as in tests/fixtures/site.ts.

const asset = (path: string, header: Partial<ImageHeader> | { format: 'gif' } = {}): [string, AssetFile] => [
  path,
  {
    name: path.split('/').pop()!,
    path: `/abs/content/${path}`,
    hash: 'a'.repeat(64),
    header: { format: 'jpeg', width: 800, height: 1000, alpha: false, palette: false, ...header } as ImageHeader,
  },
];
const ASSETS = new Map([
  asset('authors/me.jpg'),
  asset('testimonials/ada.jpg', { width: 192, height: 192 }),
  asset('clients/fixture.png', { format: 'png', width: 300, height: 80, alpha: true }),
]);

const SOURCE = [
  'authors: {', // 1
  "  'me': {", // 2
  "    name: 'Me',", // 3
  "    image: 'authors/me.jpg',", // 4
  '  },', // 5
  '},', // 6
  'testimonials: [', // 7
  '  {', // 8
  "    quote: 'It worked.',", // 9
  "    name: 'Ada Example',", // 10
  "    role: 'CTO',", // 11
  "    company: 'Fixture Client Ltd',", // 12
  "    photo: 'testimonials/ada.jpg',", // 13
  "    link: 'https://www.example.com/ada',", // 14
  '  },', // 15
  "  { quote: 'Second.', name: 'Bo Example', role: 'CEO', company: 'Example Org' },", // 16
  '],', // 17
  'clients: [', // 18
  "  { name: 'Fixture Client Ltd', logo: 'clients/fixture.png', link: 'https://www.example.com/' },", // 19
  "  { name: 'Example Org' },", // 20
  '],', // 21
  'workHistory: [', // 22
  "  { role: 'Architect', organisation: 'Fixture Client Ltd', start: 2022, end: 'present' },", // 23
  "  { role: 'Engineer', organisation: 'Example Org', start: 2018, end: 2022 },", // 24
  '],', // 25
].join('\n');

const GOOD: Required<TrustConfig> = {
  owner: { id: 'me', image: 'authors/me.jpg' },
  testimonials: [
    {
      quote: 'It worked.',
      name: 'Ada Example',
      role: 'CTO',
      company: 'Fixture Client Ltd',
      photo: 'testimonials/ada.jpg',
      link: 'https://www.example.com/ada',
    },
    { quote: 'Second.', name: 'Bo Example', role: 'CEO', company: 'Example Org' },
  ],
  clients: [
    { name: 'Fixture Client Ltd', logo: 'clients/fixture.png', link: 'https://www.example.com/' },
    { name: 'Example Org' },
  ],
  workHistory: [
    { role: 'Architect', organisation: 'Fixture Client Ltd', start: 2022, end: 'present' },
    { role: 'Engineer', organisation: 'Example Org', start: 2018, end: 2022 },
  ],
};

const check = (c: TrustConfig, assets = ASSETS) =>
  trustProblems(c, assets, SOURCE, 'content/site.ts').map(formatProblem);
const [t0, t1] = GOOD.testimonials;
const [c0, c1] = GOOD.clients;
const [w0, w1] = GOOD.workHistory;

describe('trust content in content/site.ts', () => {
  it('accepts real-looking entries whose files exist, and nothing at all', () => {
    expect(check(GOOD)).toEqual([]);
    expect(check({ owner: { id: 'me', image: '' } }, new Map())).toEqual([]);
  });

  it.each<[string, TrustConfig, string]>([
    [
      'an empty quote',
      { ...GOOD, testimonials: [{ ...t0!, quote: '  ' }, t1!] },
      "content/site.ts:9: testimonials[0].quote is empty. Fix: write the client's words exactly as they gave them, or remove the entry.",
    ],
    [
      'an empty company, in an entry written on one line',
      { ...GOOD, testimonials: [t0!, { ...t1!, company: '' }] },
      'content/site.ts:16: testimonials[1].company is empty. Fix: write their company.',
    ],
    [
      'a testimonial link that is not https',
      { ...GOOD, testimonials: [{ ...t0!, link: 'http://www.example.com/ada' }, t1!] },
      'content/site.ts:14: testimonials[0].link is not an https:// URL. Fix: link to an https:// page of theirs or their company, or leave link out.',
    ],
    [
      'a testimonial link that runs code',
      { ...GOOD, testimonials: [{ ...t0!, link: 'javascript:alert(1)' }, t1!] },
      'content/site.ts:14: testimonials[0].link is not an https:// URL. Fix: link to an https:// page of theirs or their company, or leave link out.',
    ],
    [
      'a missing photo file',
      { ...GOOD, testimonials: [{ ...t0!, photo: 'testimonials/nobody.jpg' }, t1!] },
      'content/site.ts:13: testimonials[0].photo "testimonials/nobody.jpg" names no file: the content folder has no testimonials/nobody.jpg. Fix: put the file there, or correct the path (names are case-sensitive).',
    ],
    [
      'a photo too small for its circle',
      { ...GOOD, testimonials: [{ ...t0!, photo: 'testimonials/tiny.jpg' }, t1!] },
      'content/site.ts:13: testimonials[0].photo "testimonials/tiny.jpg" is 40×40 px; it is shown 48 px wide (96 px on a 2x screen), so it needs at least 96 px width. Fix: export it at least 96 px wide.',
    ],
    [
      'an unknown field',
      { ...GOOD, testimonials: [{ ...t0!, stars: 5 } as never, t1!] },
      'content/site.ts:9: testimonials[0] Unrecognized key: "stars". Fix: use only the fields quote, name, role, company, photo, link.',
    ],
    [
      'a client link that is not https',
      { ...GOOD, clients: [{ ...c0!, link: 'ftp://example.com/' }, c1!] },
      'content/site.ts:19: clients[0].link is not an https:// URL. Fix: link to an https:// page of theirs, or leave link out.',
    ],
    [
      'a missing logo file',
      { ...GOOD, clients: [c0!, { ...c1!, logo: 'clients/example-org.png' }] },
      'content/site.ts:20: clients[1].logo "clients/example-org.png" names no file: the content folder has no clients/example-org.png. Fix: put the file there, or correct the path (names are case-sensitive).',
    ],
    [
      'a logo the build cannot read',
      { ...GOOD, clients: [{ ...c0!, logo: 'clients/logo.gif' }, c1!] },
      'content/site.ts:19: clients[0].logo "clients/logo.gif" is GIF, and the build encodes from PNG, JPEG or WebP only. Fix: export it as JPEG (photos) or PNG (logos).',
    ],
    [
      'a logo outside the image folders',
      { ...GOOD, clients: [{ ...c0!, logo: 'logos/fixture.png' }, c1!] },
      "content/site.ts:19: clients[0].logo \"logos/fixture.png\" is not a file in one of the content folder's image folders (authors/, clients/, testimonials/). Fix: put the file in one of them and write its path, e.g. 'clients/<file name>'.",
    ],
    [
      'a logo too short for its row',
      { ...GOOD, clients: [{ ...c0!, logo: 'clients/short.png' }, c1!] },
      'content/site.ts:19: clients[0].logo "clients/short.png" is 120×30 px; it is shown 32 px tall (64 px on a 2x screen), so it needs at least 64 px height. Fix: export it at least 64 px tall.',
    ],
    [
      'an empty client name',
      { ...GOOD, clients: [c0!, { name: '' }] },
      'content/site.ts:20: clients[1].name is empty. Fix: write the organisation’s name.',
    ],
    [
      'years in the wrong order',
      { ...GOOD, workHistory: [w0!, { ...w1!, start: 2022, end: 2018 }] },
      'content/site.ts:24: workHistory[1] ends in 2018, before it starts (2022). Fix: swap the years, or correct the one that is wrong.',
    ],
    [
      'a start that is not a year',
      { ...GOOD, workHistory: [{ ...w0!, start: 22 }, w1!] },
      'content/site.ts:23: workHistory[0].start is not a year such as 2021. Fix: write the year the role began, e.g. 2021.',
    ],
    [
      'an end that is neither a year nor present',
      { ...GOOD, workHistory: [{ ...w0!, end: 'now' as never }, w1!] },
      "content/site.ts:23: workHistory[0].end is not a year such as 2021 or 'present'. Fix: write the year it ended, e.g. 2023, or 'present'.",
    ],
    [
      'an empty organisation',
      { ...GOOD, workHistory: [w0!, { ...w1!, organisation: '' }] },
      'content/site.ts:24: workHistory[1].organisation is empty. Fix: write the organisation.',
    ],
    [
      'a portrait that names no file',
      { ...GOOD, owner: { id: 'me', image: 'authors/you.jpg' } },
      'content/site.ts:4: authors.me.image "authors/you.jpg" names no file: the content folder has no authors/you.jpg. Fix: put the file there, or correct the path (names are case-sensitive).',
    ],
    [
      'a portrait too small for the about page',
      { ...GOOD, owner: { id: 'me', image: 'authors/small.jpg' } },
      'content/site.ts:4: authors.me.image "authors/small.jpg" is 300×400 px; it is shown up to 176 px wide (352 px on a 2x screen) and is the about page’s social card, so it needs at least 480 px width. Fix: export it at least 480 px wide.',
    ],
    [
      'a portrait in a sub-folder',
      { ...GOOD, owner: { id: 'me', image: 'authors/2024/me.jpg' } },
      "content/site.ts:4: authors.me.image \"authors/2024/me.jpg\" is not a file in one of the content folder's image folders (authors/, clients/, testimonials/). Fix: put the file in one of them and write its path, e.g. 'authors/<file name>'.",
    ],
  ])('fails on %s, at its line, with the fix', (_, config, message) => {
    const assets = new Map([
      ...ASSETS,
      asset('testimonials/tiny.jpg', { width: 40, height: 40 }),
      asset('clients/logo.gif', { format: 'gif' }),
      asset('clients/short.png', { format: 'png', width: 120, height: 30 }),
      asset('authors/small.jpg', { width: 300, height: 400 }),
    ]);
    expect(check(config, assets)).toEqual([message]);
  });

  it('finds the line of a field in the nth entry, whether an entry takes one line or several', () => {
    expect(entryLine(SOURCE, 'testimonials', 'quote', 0, 'link')).toBe(14);
    expect(entryLine(SOURCE, 'testimonials', 'quote', 1, 'role')).toBe(16);
    // An optional field the entry does not write: the entry's first line.
    expect(entryLine(SOURCE, 'clients', 'name', 1, 'logo')).toBe(20);
    // An entry past the end, or a list that is not there: the list's line, else line 1.
    expect(entryLine(SOURCE, 'workHistory', 'role', 5, 'end')).toBe(22);
    expect(entryLine(SOURCE, 'awards', 'name', 0, 'name')).toBe(1);
  });

  it.each<[string, TrustConfig & { noContact: boolean }, string[]]>([
    [
      'nothing',
      { owner: { id: 'me', image: '' }, noContact: true },
      [
        'a contact channel (contact)',
        'a portrait (authors.me.image)',
        'testimonials',
        'clients',
        'a work history (workHistory)',
      ],
    ],
    [
      'a portrait and a channel',
      { owner: { id: 'me', image: 'authors/me.jpg' }, noContact: false },
      ['testimonials', 'clients', 'a work history (workHistory)'],
    ],
    [
      'testimonials only',
      { owner: { id: 'me' }, testimonials: GOOD.testimonials, noContact: false },
      ['a portrait (authors.me.image)', 'clients', 'a work history (workHistory)'],
    ],
    ['everything', { ...GOOD, noContact: false }, []],
  ])('lists what a complete site still lacks, only that: %s', (_, config, missing) =>
    expect(missingTrust(config).map((m) => m.what)).toEqual(missing),
  );
});

describe('npm run check on the trust content', () => {
  const config = (over: Partial<SiteConfig> = {}): SiteConfig => ({
    url: 'https://example.test',
    links: {},
    elsewhere: [],
    contact: { email: 'me@example.test', booking: '', form: '' },
    owner: { id: 'me', sameAs: [], image: '' },
    ...over,
  });
  const index = {
    pages: new Set<string>(),
    images: new Set<string>(),
    publicFiles: new Set<string>(),
    anchors: new Map(),
    drafts: new Set<string>(),
    slugsKnown: true,
  };
  const notices = (c: SiteConfig, assets = new Map<string, AssetFile>()) =>
    siteConfigNotices(index, new Map(), c, SOURCE, assets).notices.map((n) => `${n.level}: ${formatProblem(n)}`);

  it('prints one info line naming what is missing, at the first missing field', () =>
    expect(notices(config())).toEqual([
      'info: content/site.ts:4: a complete marketing site still lacks: a portrait (authors.me.image), testimonials, clients, a work history (workHistory). Each is shown once content/site.ts has a real one (see the comment above each field); none is ever invented.',
    ]));

  it('prints no info line once everything is there', () =>
    expect(notices(config({ ...GOOD, owner: { ...GOOD.owner, sameAs: [] } }), ASSETS)).toEqual([]));

  it('warns on an image in the image folders that content/site.ts names nowhere (it is not published)', () => {
    const [path, file] = asset('authors/old.jpg');
    expect(
      notices(config({ ...GOOD, owner: { ...GOOD.owner, sameAs: [] } }), new Map([...ASSETS, [path, file]])),
    ).toEqual([
      expect.stringMatching(
        /^warning: .*authors\/old\.jpg:1: old\.jpg is in authors\/, but content\/site\.ts names it nowhere, so it is not published\. Fix:/,
      ),
    ]);
  });

  it('fails through the site checks, so the build stops on a bad entry', () => {
    const { problems } = siteConfigNotices(index, new Map(), config({ clients: [{ name: '' }] }), SOURCE, new Map());
    expect(problems.map(formatProblem)).toEqual([
      'content/site.ts:19: clients[0].name is empty. Fix: write the organisation’s name.',
    ]);
  });
});

describe('the site image folders beside the content folders', () => {
  const images = { dir: 'content/authors', files: [], assets: [ASSETS.get('authors/me.jpg')!] };

  it('reads authors/, clients/ and testimonials/ as images, by their path in the content root', () => {
    expect(folderKind(images)).toBe('images');
    const site = readSite([images]);
    expect(site.problems).toEqual([]);
    expect([...site.siteAssets.keys()]).toEqual(['authors/me.jpg']);
  });

  it('still fails closed on a folder of any other name, images or not', () =>
    expect(formatProblem(folderKind({ ...images, dir: 'content/photos' }) as never)).toMatch(
      /^content\/photos:1: the folder holds none of article\.mdx/,
    ));

  it('refuses MDX in an image folder (it would never be shown)', () =>
    expect(
      readSite([{ ...images, files: [{ name: 'article.mdx', source: '---\n---\n' }] }]).problems.map(formatProblem),
    ).toEqual([
      'content/authors/article.mdx:1: authors/ holds the images content/site.ts names (authors, clients, testimonials), not MDX, so this file would never be shown. Fix: move it into a folder of another name.',
    ]));
});
