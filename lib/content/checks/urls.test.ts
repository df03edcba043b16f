import { describe, expect, it } from 'vitest';
import { checkFolders } from '.';
import { formatProblem } from '../errors';
import { META, PAGE, section, STUDY } from '../fixtures';
import { isRemoteImage, remoteImageProblem, unsafeLinkProblem, urlScheme } from './urls';

// Content cannot run code, and shows only the site's own images: the URL rules on their own,
// then through the checks every page kind goes through (the build and dev run the same ones).

const LINK_FIX = 'Fix: link to an https:// page or a path on this site.';
const RUNS = (url: string, scheme: string) =>
  `link ${url} is a ${scheme}: URL, which runs code instead of opening a page; content cannot run code. ${LINK_FIX}`;
const CARRIES = (url: string) =>
  `link ${url} is a data: URL, which opens a document carried in the link itself instead of opening a page; content cannot run code. ${LINK_FIX}`;
const REMOTE = (what: string, write: string) =>
  `${what} is not a file of this site, and the site's Content-Security-Policy (img-src 'self') blocks images from anywhere else, so readers would see a broken image. Fix: put the file in this folder, beside the .mdx file, and write ${write}.`;

describe('urlScheme: the scheme a browser reads', () => {
  it.each([
    ['https://example.com/x', 'https'],
    ['JavaScript:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0001\u001fjavascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscr\ripT:alert(1)', 'javascript'],
    ['site:nebuladesk', 'site'],
    ['/blog', undefined],
    ['./photo.png', undefined],
    ['#id', undefined],
    ['//host/x.png', undefined],
    // A space inside the scheme, or a percent-escape, makes it a relative path to a browser.
    ['java script:alert(1)', undefined],
    ['%6Aavascript:alert(1)', undefined],
    ['', undefined],
  ])('%j → %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});

describe('unsafeLinkProblem', () => {
  it.each([
    'https://example.com/page',
    'http://example.com/page',
    'mailto:a@example.com',
    'site:nebuladesk',
    '/blog',
    '/blog/article#part',
    '#part-one',
    './notes.pdf',
    'java script:alert(1)',
  ])('lets %j through', (url) => {
    expect(unsafeLinkProblem(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', RUNS('"javascript:alert(1)"', 'javascript')],
    [' JavaScript:alert(1)', RUNS('" JavaScript:alert(1)"', 'javascript')],
    ['java\tscript:alert(1)', RUNS('"java\\tscript:alert(1)"', 'javascript')],
    ['\u0000javascript:alert(1)', RUNS('"\\u0000javascript:alert(1)"', 'javascript')],
    ['VBScript:msgbox(1)', RUNS('"VBScript:msgbox(1)"', 'vbscript')],
    ['data:text/html,<script>alert(1)</script>', CARRIES('"data:text/html,<script>alert(1)</script>"')],
    [`data:text/html;base64,${'A'.repeat(100)}`, CARRIES(`"data:text/html;base64,${'A'.repeat(37)}…"`)],
  ])('refuses %j', (url, message) => {
    expect(unsafeLinkProblem(url)).toBe(message);
  });
});

describe('remoteImageProblem', () => {
  it.each(['./chart.png', '/img/diagram.png', 'img/chart.png', '../chart.png', ''])('lets %j through', (url) => {
    expect(isRemoteImage(url)).toBe(false);
    expect(remoteImageProblem(url, false)).toBeUndefined();
  });

  it.each([
    [
      'https://images.example.com/chart.png',
      false,
      REMOTE('image "https://images.example.com/chart.png"', './chart.png'),
    ],
    [
      'http://images.example.com/a/photo.JPG?w=2',
      false,
      REMOTE('image "http://images.example.com/a/photo.JPG?w=2"', './photo.JPG'),
    ],
    ['//images.example.com/chart.png', false, REMOTE('image "//images.example.com/chart.png"', './chart.png')],
    ['/\\images.example.com/chart.png', false, REMOTE('image "/\\\\images.example.com/chart.png"', './chart.png')],
    [' HTTPS://images.example.com/', false, REMOTE('image " HTTPS://images.example.com/"', './name.png')],
    ['data:image/png;base64,iVBORw0KGgo', false, REMOTE('image "data:image/png;base64,iVBORw0KGgo"', './name.png')],
    [
      'https://images.example.com/chart.png',
      true,
      REMOTE('<Figure src="https://images.example.com/chart.png">', 'src="./chart.png"'),
    ],
  ])('refuses %j (a figure: %s)', (url, figure, message) => {
    expect(isRemoteImage(url)).toBe(true);
    expect(remoteImageProblem(url, figure)).toBe(message);
  });
});

// Each page kind as a folder whose second file is the body under test (its text starts on line 6).
const KINDS = [
  ['an article', 'content/a', { name: 'article.mdx', source: META }, '01-body.mdx'],
  ['a page', 'content/p', { name: 'page.mdx', source: PAGE }, '01-body.mdx'],
  ['a case study', 'content/s', { name: 'case-study.mdx', source: STUDY }, '01-body.mdx'],
] as const;

describe.each(KINDS)('in %s', (_, dir, meta, name) => {
  const lint = (body: string) =>
    checkFolders(
      [{ dir, files: [meta, { name, source: section('eyebrow: Body\ntitle: The body', body) }] }],
      new Set(['/img/diagram.png']),
    ).map(formatProblem);
  const at = (line: number, message: string) => `${dir}/${name}:${line}: ${message}`;

  it('accepts outside, mail, site:, path and #id links and the site’s own images', () => {
    expect(
      lint(
        [
          '[a](https://example.com/x) [b](http://example.com/y) [c](mailto:a@example.com) [d](site:nebuladesk)',
          '[e](/) [f](#the-body) [g][ref]',
          '',
          '![A diagram](/img/diagram.png)',
          '',
          '[ref]: https://example.com/z',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a javascript: link', '[x](javascript:alert(1))', [at(6, RUNS('"javascript:alert(1)"', 'javascript'))]],
    [
      'a javascript: link with spaces and capitals',
      'Text.\n\n[x](< JavaScript:alert(1)>)',
      [at(8, RUNS('" JavaScript:alert(1)"', 'javascript'))],
    ],
    [
      'a tab inside the scheme, written as a character reference',
      '[x](java&#9;script:alert(1))',
      [at(6, RUNS('"java\\tscript:alert(1)"', 'javascript'))],
    ],
    ['a vbscript: link', '[x](vbscript:msgbox)', [at(6, RUNS('"vbscript:msgbox"', 'vbscript'))]],
    ['a data: link', '[x](data:text/html,hi)', [at(6, CARRIES('"data:text/html,hi"'))]],
    [
      'a reference definition',
      'See [x][evil].\n\n[evil]: javascript:alert(1)',
      [at(8, RUNS('"javascript:alert(1)"', 'javascript'))],
    ],
    [
      'a remote image',
      '![A chart](https://images.example.com/chart.png)',
      [at(6, REMOTE('image "https://images.example.com/chart.png"', './chart.png'))],
    ],
    [
      'a protocol-relative image',
      '![A chart](//images.example.com/chart.png)',
      [at(6, REMOTE('image "//images.example.com/chart.png"', './chart.png'))],
    ],
    [
      'a data: image',
      '![A dot](data:image/png;base64,iVBORw0KGgo)',
      [at(6, REMOTE('image "data:image/png;base64,iVBORw0KGgo"', './name.png'))],
    ],
    [
      'a remote figure',
      'Text.\n\n<Figure src="https://images.example.com/chart.png" alt="A chart" />',
      [at(8, REMOTE('<Figure src="https://images.example.com/chart.png">', 'src="./chart.png"'))],
    ],
    [
      'a reference-style remote image',
      '![A chart][c]\n\n[c]: https://images.example.com/chart.png',
      [at(6, REMOTE('image "https://images.example.com/chart.png"', './chart.png'))],
    ],
  ])('refuses %s', (_, body, expected) => {
    expect(lint(body)).toEqual(expected);
  });

  it.each(['<a href="javascript:alert(1)">x</a>', 'Text <a href="data:text/html,x">y</a> more.'])(
    'refuses a JSX link %j: no component takes a URL but <Figure>',
    (body) => {
      expect(lint(body)).toEqual([
        at(
          6,
          'unknown component <a>. Fix: use one of <QuickAnswer>, <ArchitectureDiagram>, <Figure>, <Offers>, <Contact>, or write &lt; for a literal "<".',
        ),
      ]);
    },
  );
});
