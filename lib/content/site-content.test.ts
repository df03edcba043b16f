import { describe, expect, it } from 'vitest';
import { checkFolders, inspectFolders, siteIndex } from './checks';
import { formatProblem } from './errors';
import { META, PAGE, section, STUDY } from './fixtures';
import { readCaseStudy } from './kinds/case-study';
import { readPage } from './kinds/page';
import { contactSchema } from './parse/schema';
import { noContactChannel, siteConfigNotices, type SiteConfig } from './checks/site';

// Pages and case studies: their own schemas, read by the folder reader the articles use, with
// the same `file:line: message. Fix: …` problems. Fixtures are small sources (./fixtures).

const body = (title = 'Context') => ({ name: '01-context.mdx', source: section(`eyebrow: ${title}\ntitle: ${title}`) });
const folder = (dir: string, meta: { name: string; source: string }, ...rest: { name: string; source: string }[]) => ({
  dir,
  files: [meta, body(), ...rest],
});
const lint = (...folders: { dir: string; files: { name: string; source: string }[] }[]) =>
  checkFolders(folders, new Set()).map(formatProblem);

describe('page.mdx', () => {
  it('reads a clean page: its path, kind and sections', () => {
    const read = readPage('content/about', [{ name: 'page.mdx', source: PAGE }, body()]);
    expect(read.problems).toEqual([]);
    expect(read.meta).toMatchObject({ path: '/about', kind: 'profile', headline: 'About the author' });
    expect(read.sections.map((s) => s.id)).toEqual(['context']);
  });

  it.each([
    [
      'an unknown field',
      PAGE.replace('kind:', 'layout: wide\nkind:'),
      /page\.mdx:3: unknown field "layout"\. Fix: use one of path, kind, headline/,
    ],
    [
      'a path without its slash',
      PAGE.replace('path: /about', 'path: about'),
      /page\.mdx:2: field "path" expected a site path such as \/about/,
    ],
    [
      'a path ending in /',
      PAGE.replace('path: /about', 'path: /about/'),
      /page\.mdx:2: field "path" expected a site path/,
    ],
    [
      'an unknown kind',
      PAGE.replace('kind: profile', 'kind: landing'),
      /page\.mdx:3: field "kind" expected one of: service, profile, page; found "landing"/,
    ],
    ['a missing updated', PAGE.replace(/^updated:.*\n/m, ''), /page\.mdx:1: field "updated" is missing/],
    [
      'a short description',
      PAGE.replace(/^description:.*$/m, 'description: Short.'),
      /page\.mdx:6: field "description" expected at least 50 characters/,
    ],
    ['no page.mdx text but metadata', `${PAGE}\nA paragraph.\n`, /page\.mdx:10: page\.mdx holds metadata only/],
  ])('refuses %s with file, line and fix', (_, source, expected) => {
    const read = readPage('content/about', [{ name: 'page.mdx', source }, body()]);
    expect(read.problems.map(formatProblem).join('\n')).toMatch(expected);
  });

  it('refuses a page without sections, naming the folder', () => {
    expect(readPage('content/about', [{ name: 'page.mdx', source: PAGE }]).problems.map(formatProblem)).toEqual([
      'content/about:1: the page has no section files. Fix: add 01-<name>.mdx.',
    ]);
  });
});

describe('case-study.mdx', () => {
  it('reads a clean case study with its figures', () => {
    const read = readCaseStudy('content/study', [{ name: 'case-study.mdx', source: STUDY }, body()]);
    expect(read.problems).toEqual([]);
    expect(read.meta?.figures).toEqual([{ value: '50%', label: 'shorter cycle time' }]);
  });

  it.each([
    [
      'no figures',
      STUDY.replace(/figures:[\s\S]*?(?=---)/, 'figures: []\n'),
      /case-study\.mdx:10: field "figures" expected at least one measured figure/,
    ],
    [
      'a figure without a label',
      STUDY.replace('    label: shorter cycle time\n', ''),
      /case-study\.mdx:11: field "figures\.0\.label" expected text; found undefined\. Fix:/,
    ],
    [
      'an unknown field',
      STUDY.replace('client:', 'customer: X\nclient:'),
      /case-study\.mdx:6: unknown field "customer"/,
    ],
    [
      'updated before published',
      STUDY.replace('2026-02-01T10:30:00+05:00', '2025-01-01T00:00:00Z'),
      /case-study\.mdx:9: field "updated" is before published/,
    ],
  ])('refuses %s with file, line and fix', (_, source, expected) => {
    const read = readCaseStudy('content/study', [{ name: 'case-study.mdx', source }, body()]);
    expect(read.problems.map(formatProblem).join('\n')).toMatch(expected);
  });
});

describe('a folder is what its metadata file names', () => {
  it('builds articles, pages and case studies side by side, and links between them pass', () => {
    const linking = {
      name: '02-links.mdx',
      source: section(
        'eyebrow: Links\ntitle: Links',
        '[about](/about#context), [study](/case-studies/test-study), [article](/blog/test-article)',
      ),
    };
    const found = inspectFolders(
      [
        folder('content/a', { name: 'article.mdx', source: META }, linking),
        folder('content/p', { name: 'page.mdx', source: PAGE }),
        folder('content/s', { name: 'case-study.mdx', source: STUDY }),
      ],
      new Set(),
    );
    expect(found.problems).toEqual([]);
    expect([found.parsed.length, found.pages.length, found.caseStudies.length]).toEqual([1, 1, 1]);
  });

  it.each([
    [
      'none',
      [body()],
      /^content\/x:1: the folder holds none of article\.mdx .*, page\.mdx .* or case-study\.mdx .*Fix: add the one that says what it is/,
    ],
    [
      'two',
      [{ name: 'article.mdx', source: META }, { name: 'page.mdx', source: PAGE }, body()],
      /^content\/x:1: the folder holds article\.mdx and page\.mdx, but a folder is one thing\. Fix:/,
    ],
  ])('refuses a folder with %s of them', (_, files, expected) => {
    expect(lint({ dir: 'content/x', files })).toEqual([expect.stringMatching(expected)]);
  });

  it.each([
    [
      'the same path twice',
      folder('content/p2', { name: 'page.mdx', source: PAGE }),
      /^content\/p2\/page\.mdx:1: path "\/about" is also used by content\/p\. Fix:/,
    ],
    [
      'a path the site owns',
      folder('content/p2', { name: 'page.mdx', source: PAGE.replace('path: /about', 'path: /blog') }),
      /^content\/p2\/page\.mdx:2: path \/blog belongs to the site itself/,
    ],
    [
      'a path under /case-studies',
      folder('content/p2', { name: 'page.mdx', source: PAGE.replace('path: /about', 'path: /case-studies/x') }),
      /^content\/p2\/page\.mdx:2: path \/case-studies\/x belongs to the site itself/,
    ],
  ])('refuses %s', (_, other, expected) => {
    expect(lint(folder('content/p', { name: 'page.mdx', source: PAGE }), other)).toContainEqual(
      expect.stringMatching(expected),
    );
  });

  it('checks links to a page and its headings like links to an article', () => {
    const linking = {
      name: '02-links.mdx',
      source: section('eyebrow: Links\ntitle: Links', '[about](/about#no-such-heading)'),
    };
    expect(
      lint(
        folder('content/a', { name: 'article.mdx', source: META }, linking),
        folder('content/p', { name: 'page.mdx', source: PAGE }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^content\/a\/02-links\.mdx:6: link "\/about#no-such-heading" names no heading of \/about\. Fix:/,
      ),
    ]);
  });
});

describe('content/site.ts against the content', () => {
  const config = (over: Partial<SiteConfig> = {}): SiteConfig => ({
    url: 'https://example.test',
    links: { about: '/about', contact: '/about#context', outside: 'https://elsewhere.test/x' },
    elsewhere: [{ path: '/case-studies/far', name: 'Far' }],
    contact: { email: '', booking: '', form: '' },
    owner: { sameAs: [] },
    ...over,
  });
  const SOURCE = [
    'links: {',
    "  about: '/about',",
    "  contact: '/about#context',",
    '},',
    "elsewhere: [{ path: '/case-studies/far' }],",
    'contact: {',
    "  email: '',",
    "  booking: '',",
    "  form: '',",
    '},',
  ].join('\n');
  const index = (...folders: ReturnType<typeof folder>[]) =>
    siteIndex(inspectFolders(folders, new Set()).parsed, new Set(), inspectFolders(folders, new Set()));
  const pageFolder = folder('content/p', { name: 'page.mdx', source: PAGE });
  const run = (c: SiteConfig, built = new Map<string, string>()) => {
    const { problems, notices } = siteConfigNotices(index(pageFolder), built, c, SOURCE);
    return [...problems.map(formatProblem), ...notices.map((n) => `${n.level}: ${formatProblem(n)}`)];
  };

  it('warns while no contact channel is set, lists what the site lacks and each path served elsewhere, and says nothing else', () => {
    expect(run(config())).toEqual([
      expect.stringMatching(
        /^warning: content\/site\.ts:6: no contact channel is set .*Fix: set contact\.email, contact\.booking or contact\.form/,
      ),
      expect.stringMatching(
        /^info: content\/site\.ts:6: a complete marketing site still lacks: a contact channel \(contact\), a portrait/,
      ),
      'info: content/site.ts:5: /case-studies/far is declared as served elsewhere on this origin: not built here, and links to it are kept as they are.',
    ]);
    expect(noContactChannel(config())).toBe(true);
  });

  it.each([
    ['an email', { email: 'me@example.test', booking: '', form: '' }, []],
    ['a booking link', { email: '', booking: 'https://cal.example.test/me', form: '' }, []],
    ['a form endpoint', { email: '', booking: '', form: 'https://forms.example.test/f/abc' }, []],
    ['a profile', { email: '', booking: '', form: '' }, ['https://profiles.example.test/me']],
  ])('neither warns nor fails once %s is set', (_, contact, sameAs) => {
    expect(run(config({ contact, owner: { sameAs } })).filter((l) => !l.startsWith('info'))).toEqual([]);
    expect(noContactChannel(config({ contact, owner: { sameAs } }))).toBe(false);
  });

  it.each([
    [
      'a malformed email',
      { email: 'not-an-address', booking: '', form: '' },
      /^content\/site\.ts:7: contact\.email expected an email address/,
    ],
    [
      'a booking link over http',
      { email: '', booking: 'http://cal.example.test', form: '' },
      /^content\/site\.ts:8: contact\.booking expected an https:\/\/ URL/,
    ],
    [
      'a form endpoint over http',
      { email: '', booking: '', form: 'http://forms.example.test/f/abc' },
      /^content\/site\.ts:9: contact\.form is "http:\/\/forms\.example\.test\/f\/abc": expected an https:\/\/ URL\. Fix: write the https:\/\/ URL of a form service's endpoint/,
    ],
    [
      'a form endpoint without a scheme',
      { email: '', booking: '', form: 'formspree.io/f/abc' },
      /^content\/site\.ts:9: contact\.form is "formspree\.io\/f\/abc": expected an https:\/\/ URL\. Fix:/,
    ],
    [
      'a form endpoint that would run code',
      { email: '', booking: '', form: 'javascript:alert(1)' },
      /^content\/site\.ts:9: contact\.form is "javascript:alert\(1\)": expected an https:\/\/ URL\. Fix:/,
    ],
    [
      'a form endpoint that is a path of this site (a static host cannot take a POST)',
      { email: '', booking: '', form: '/contact' },
      /^content\/site\.ts:9: contact\.form is "\/contact": expected an https:\/\/ URL\. Fix:/,
    ],
  ])('fails on %s', (_, contact, expected) => {
    expect(run(config({ contact }))).toContainEqual(expect.stringMatching(expected));
  });

  it('fails on a declared path that a content folder builds', () => {
    expect(run(config(), new Map([['/case-studies/far', 'content/far']]))).toContainEqual(
      'content/site.ts:5: elsewhere declares /case-studies/far as served elsewhere, but content/far builds it here. Fix: remove it from elsewhere in content/site.ts.',
    );
  });

  it('fails on a link written as a full URL of the site itself, and on a #fragment the page lacks', () => {
    const found = run(config({ links: { about: 'https://example.test/about', contact: '/about#nowhere' } }));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/site\.ts:2: links\.about is a full URL on the site's own origin.*Fix: write the path, "\/about"\./,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/site\.ts:3: links\.contact is \/about#nowhere, but \/about has no heading with the link id #nowhere\. Fix:/,
      ),
    );
  });

  it.each([
    ['javascript:alert(1)', 'a javascript: URL, which runs code'],
    [' Data:text/html,hi', 'a data: URL, which opens a document carried in the link itself'],
  ])('fails on a link that site: would write into the pages as %j', (url, what) => {
    expect(run(config({ links: { about: url, contact: '/about#context' } }))).toContainEqual(
      `content/site.ts:2: links.about: link ${JSON.stringify(url)} is ${what} instead of opening a page; content cannot run code. Fix: link to an https:// page or a path on this site.`,
    );
  });

  it('fails on a profile in sameAs that would run code in <Contact />', () => {
    const source = `${SOURCE}\nsameAs: ['javascript:alert(1)'],`;
    const { problems } = siteConfigNotices(
      index(),
      new Map(),
      config({ owner: { sameAs: ['javascript:alert(1)'] } }),
      source,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/site.ts:11: sameAs: link "javascript:alert(1)" is a javascript: URL, which runs code instead of opening a page; content cannot run code. Fix: link to an https:// page or a path on this site.',
    ]);
  });

  it('warns, without failing, on a link to a path no folder builds (an articles-only content folder)', () => {
    const { problems, notices } = siteConfigNotices(index(), new Map(), config(), SOURCE);
    expect(problems).toEqual([]);
    expect(notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/^links\.about is \/about, which no content folder builds/),
    );
  });

  it('validates the contact fields with their own schema', () => {
    expect(contactSchema.safeParse({ email: '', booking: '' }).success).toBe(true);
    expect(contactSchema.safeParse({ email: '', booking: '', phone: '1' }).success).toBe(false);
  });
});
