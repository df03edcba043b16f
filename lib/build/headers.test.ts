import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrown } from '@/tests/thrown';
import {
  CACHE,
  HOST_DEFAULT_CACHE,
  IMMUTABLE,
  MEDIA,
  cachePattern,
  checkHeaderLimits,
  checkOneCacheControl,
  contentSecurityPolicy,
  formOrigins,
  formatHeaders,
  headerRules,
  headersFor,
  hostHeaders,
  inlineScripts,
  type OutFile,
  pageFacts,
  pageForms,
  pageScripts,
  parseHeaders,
  readOut,
  rulePattern,
  scriptHash,
  servedPaths,
  type Rule,
  strictTransportSecurity,
} from './headers.mjs';

describe('inlineScripts', () => {
  it.each([
    ['a plain inline script', '<script>a()</script>', ['a()']],
    ['a module', '<script type="module">m()</script>', ['m()']],
    ['an explicit JavaScript type', "<script type='text/javascript'>t()</script>", ['t()']],
    ['an external script (not inline)', '<script src="/x.js"></script>', []],
    ['an external script with async', '<script async="" src="/x.js"></script>', []],
    ['JSON-LD (a data block, never executed)', '<script type="application/ld+json">{"a":1}</script>', []],
    ['several, in order', '<p>x</p><script id="_R_">one</script><script>two</script>', ['one', 'two']],
    ['an empty inline script', '<script></script>', ['']],
    [
      'a JavaScript type with a trailing space (as the removal reads it)',
      '<script type="text/javascript ">s()</script>',
      ['s()'],
    ],
    ['text/ecmascript, a JavaScript type', '<script type="text/ecmascript">e()</script>', ['e()']],
    ['an SVG script', '<svg><script>v()</script></svg>', ['v()']],
    ['the code as the browser hashes it: CRLF read as LF', '<script>a()\r\nb()</script>', ['a()\nb()']],
    ['a script holding "</p>", not cut short', '<script>w("</p>")</script>', ['w("</p>")']],
    ['nothing from a comment', '<!-- <script>c()</script> -->', []],
    ['nothing from <noscript> (text while scripting is on)', '<noscript><script>n()</script></noscript>', []],
  ])('finds %s', (_, html, expected) => expect(inlineScripts(html)).toEqual(expected));

  it.each([
    [
      'a script type it does not know',
      '<script type="text/x-template">t()</script>',
      'out/blog/x.html:1:1: <script type="text/x-template"> holding "t()" has a script type the build does not know ' +
        '("text/x-template"), so it cannot tell whether a browser runs it. Fix: no type (or type="module") for code; ' +
        'type="application/ld+json" or "application/json" for data.',
    ],
    [
      'code in an attribute, which no hash allows',
      '<p>x</p><button onclick="go()">Go</button>',
      `out/blog/x.html:1:9: <button onclick="go()"> has code in its onclick attribute, which a Content-Security-Policy ` +
        `without 'unsafe-inline' blocks. Fix: put the code in a script under public/scripts/ that finds the element.`,
    ],
  ])('stops on %s, naming the page and the element', (_, html, line) => {
    const message = '_headers: not writing a Content-Security-Policy for scripts the build cannot classify:\n' + line;
    expect(thrown(() => inlineScripts(html, 'blog/x.html'))).toBe(message);
    expect(
      thrown(() =>
        headerRules(
          [
            { file: 'index.html', html: '<p>ok</p>' },
            { file: 'blog/x.html', html },
          ].map((f) => pageFacts(f.file, f.html)),
        ),
      ),
    ).toBe(message);
    expect(pageScripts(html, 'blog/x.html').problems.map((p) => p.line)).toEqual([line]);
  });
});

describe('scriptHash and contentSecurityPolicy', () => {
  it('hashes the exact script text as CSP expects', () => {
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows only this origin and the given hashes, with no unsafe-inline', () => {
    const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe/);
  });

  it('forbids inline scripts outright when there are none', () => {
    expect(contentSecurityPolicy([])).toContain("script-src 'self';");
  });
});

describe('servedPaths', () => {
  it.each([
    ['index.html', ['/', '/index.html']],
    ['blog.html', ['/blog', '/blog.html']],
    ['blog/x.html', ['/blog/x', '/blog/x.html']],
    ['docs/index.html', ['/docs/', '/docs/index.html']],
    ['feed.xml', ['/feed.xml']],
  ])('%s → %j', (file, expected) => expect(servedPaths(file)).toEqual(expected));
});

// What a build writes to out/ (paths relative to it), for any number of articles.
const SITE_FILES = [
  'index.html',
  'blog.html',
  '404.html',
  '_not-found.html',
  'feed.xml',
  'sitemap.xml',
  'robots.txt',
  'llms.txt',
  'og.png',
  'icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/apple-touch-icon.png',
  'manifest.webmanifest',
  'scripts/toc.js',
  '_next/static/css/x.css',
  // A hashed image under /_next/static/, as the real build has: why there is no `/*.svg` rule.
  '_next/static/media/icon.0abc123.svg',
];
const COVERS = ['cover-og.png', 'cover-16x9.png', 'cover-4x3.png', 'cover-1x1.png'];
const PAGE_HTML = '<main>x</main><script type="application/ld+json">{}</script><script src="/scripts/toc.js"></script>';

/** What the policy needs of PAGE_HTML: no inline script, no form. */
const PAGE_FACTS = pageFacts('index.html', PAGE_HTML);

/** out/ for n articles, with the facts of its pages (no inline scripts, as the build leaves them). */
function outFiles(articles: number): OutFile[] {
  const slugs = Array.from({ length: articles }, (_, i) => `article-${i + 1}`);
  const files = [
    ...SITE_FILES,
    ...slugs.flatMap((slug) => [`blog/${slug}.html`, `blog/${slug}.md`, ...COVERS.map((c) => `blog/${slug}/${c}`)]),
  ];
  return files.map((file) => (file.endsWith('.html') ? { ...PAGE_FACTS, file } : { file }));
}

describe('cachePattern', () => {
  it.each([
    ['index.html', undefined],
    ['blog/x.html', undefined],
    ['_headers', undefined],
    ['_next/static/chunks/a.js', IMMUTABLE],
    ['_next/static/media/icon.0abc123.svg', IMMUTABLE],
    ['blog/x.md', '/blog/*.md'],
    ['blog/x/cover-og.png', '/blog/*.png'],
    ['icons/icon-192.png', '/icons/*.png'],
    ['scripts/toc.js', '/scripts/*.js'],
    ['feed.xml', '/feed.xml'],
    ['og.png', '/og.png'],
    ['blog/x/no-extension', '/blog/x/no-extension'],
    ['media/photo-0123456789-720.avif', MEDIA],
    ['media/diagram-0123456789-1440.png', MEDIA],
  ])('%s → %s', (file, pattern) => expect(cachePattern(file)).toBe(pattern));
});

describe('headerRules with optimized images', () => {
  // Each article's images: 12 content-hashed files (4 widths × AVIF, WebP, JPEG) under /media.
  const withMedia = (articles: number) => [
    ...outFiles(articles),
    ...Array.from({ length: articles }, (_, i) =>
      ['avif', 'webp', 'jpg'].flatMap((ext) =>
        [480, 720, 1080, 1440].map((w) => ({ file: `media/p${i}-0123456789-${w}.${ext}` })),
      ),
    ).flat(),
  ];
  const one = headerRules(withMedia(1));

  it('adds one immutable rule, however many articles and images', () => {
    expect(one.length).toBe(headerRules(outFiles(1)).length + 1);
    expect(one.find((r) => r.path === MEDIA)?.headers).toEqual({ 'Cache-Control': CACHE.immutable });
    expect(headerRules(withMedia(1000))).toEqual(one);
  });

  it('sends immutable caching for a media file, the page default for the page that shows it', () => {
    expect(hostHeaders(one, '/media/p0-0123456789-720.avif')['Cache-Control']).toBe(CACHE.immutable);
    expect(hostHeaders(one, '/blog/article-1/cover-og.png')['Cache-Control']).toBe(CACHE.short);
    expect(hostHeaders(one, '/blog/article-1')['Cache-Control']).toBe(HOST_DEFAULT_CACHE);
  });

  it('allows images from this origin only: the policy is the same as without them', () => {
    const csp = (rules: typeof one) => rules[0]!.headers['Content-Security-Policy'];
    expect(csp(one)).toBe(csp(headerRules(outFiles(1))));
    expect(csp(one)).toContain("img-src 'self';");
  });
});

describe('headerRules for a growing site', () => {
  const one = headerRules(outFiles(1));

  it('is one rule for every path, one for hashed assets, and one per kind of other file', () => {
    expect(one.map((r) => r.path)).toEqual([
      '/*',
      '/_next/static/*',
      '/blog/*.md',
      '/blog/*.png',
      '/feed.xml',
      '/icon.svg',
      '/icons/*.png',
      '/llms.txt',
      '/manifest.webmanifest',
      '/og.png',
      '/robots.txt',
      '/scripts/*.js',
      '/sitemap.xml',
    ]);
  });

  describe.each([1, 13, 1000])('with %i article(s)', (articles) => {
    const rules = headerRules(outFiles(articles));
    const text = formatHeaders(rules);

    it('stays within Cloudflare Pages’ 100 rules and 2,000 characters a line', () => {
      expect(rules.length).toBeLessThanOrEqual(100);
      expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(2000);
    });

    it('has the same rules as with one article', () => expect(rules).toEqual(one));

    it('round-trips through the _headers text format', () => expect(parseHeaders(text)).toEqual(rules));
  });
});

describe('what a host sends for each path (1,000 articles)', () => {
  const rules = headerRules(outFiles(1000));
  const slug = 'article-500';

  it.each([
    ['/', HOST_DEFAULT_CACHE],
    ['/index.html', HOST_DEFAULT_CACHE],
    ['/blog', HOST_DEFAULT_CACHE],
    [`/blog/${slug}`, HOST_DEFAULT_CACHE],
    [`/blog/${slug}.html`, HOST_DEFAULT_CACHE],
    ['/no-such-page', HOST_DEFAULT_CACHE],
    [`/blog/${slug}.md`, CACHE.short],
    [`/blog/${slug}/cover-og.png`, CACHE.short],
    [`/blog/${slug}/cover-1x1.png`, CACHE.short],
    ['/_next/static/css/x.css', CACHE.immutable],
    ['/_next/static/media/icon.0abc123.svg', CACHE.immutable],
    ['/feed.xml', CACHE.short],
    ['/sitemap.xml', CACHE.short],
    ['/llms.txt', CACHE.short],
    ['/scripts/toc.js', CACHE.short],
    ['/icons/icon-192.png', CACHE.short],
    ['/icon.svg', CACHE.short],
    ['/og.png', CACHE.short],
    ['/manifest.webmanifest', CACHE.short],
  ])('%s: Cache-Control %s, from one rule or none, and the security headers', (path, cache) => {
    const setting = rules.filter((r) => 'Cache-Control' in r.headers && rulePattern(r.path).test(path));
    const fromRules = cache === HOST_DEFAULT_CACHE ? undefined : cache;
    expect(setting).toHaveLength(fromRules ? 1 : 0);
    expect(headersFor(rules, path)['Cache-Control']).toBe(fromRules);
    const headers = hostHeaders(rules, path);
    expect(headers['Cache-Control']).toBe(cache);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy([]));
    expect(Object.keys(headers).sort()).toEqual([
      'Cache-Control',
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  const page = (file: string, script: string) => pageFacts(file, `<script>${script}</script>`);

  it('allows each distinct inline script once, however many pages repeat it', () => {
    const files = Array.from({ length: 1000 }, (_, i) => page(`p${i}.html`, i % 2 ? 'boot()' : 'start()'));
    const csp = headerRules(files)[0]!.headers['Content-Security-Policy'];
    expect(csp).toContain(`script-src 'self' ${[scriptHash('boot()'), scriptHash('start()')].sort().join(' ')};`);
  });

  it('stops the build when per-page scripts (KEEP_NEXT_RUNTIME=1) pass the line limit, never unsafe-inline', () => {
    const files = Array.from({ length: 1000 }, (_, i) => page(`p${i}.html`, `self.__next_f.push([1,"page ${i}"])`));
    const message = thrown(() => headerRules(files));
    expect(message).toMatch(/^_headers: the Content-Security-Policy line would be 54,2\d\d characters, over the 2,000/);
    expect(message).toContain('it allows 1,000 distinct inline scripts by hash');
    expect(message).toContain('KEEP_NEXT_RUNTIME=1 is a diagnostic switch');
    expect(message).toContain('Fix: build without KEEP_NEXT_RUNTIME=1 to deploy');
  });

  it('accepts as many distinct scripts as fit on the line', () => {
    const fit = Math.floor((2000 - `  Content-Security-Policy: ${contentSecurityPolicy([])}`.length) / 54);
    const files = (n: number) => Array.from({ length: n }, (_, i) => page(`p${i}.html`, `s(${i})`));
    expect(() => formatHeaders(headerRules(files(fit)))).not.toThrow();
    expect(thrown(() => headerRules(files(fit + 1)))).toContain(`it allows ${fit + 1} distinct inline scripts`);
  });
});

describe('checks that fail closed', () => {
  const rule = (path: string, headers: Record<string, string> = { 'X-A': '1' }): Rule => ({ path, headers });
  const many = (n: number) => Array.from({ length: n }, (_, i) => rule(`/x${i}`));

  it.each([
    ['100 rules', many(100), 'did not throw'],
    [
      '101 rules',
      many(101),
      '_headers: 101 rules, over the 100 that Cloudflare Pages accepts (rule 101 is /x100). Not writing a file ' +
        'the host would reject. Fix: cover files with pattern rules (/folder/*.ext) in lib/build/headers.mjs, ' +
        'not one rule a path.',
    ],
    [
      'a 2,000-character line',
      [rule('/a'), rule('/b', { 'X-Long': 'v'.repeat(2000 - '  X-Long: '.length) })],
      'did not throw',
    ],
    [
      'a 2,001-character line',
      [rule('/a'), rule('/b', { 'X-Long': 'v'.repeat(2001 - '  X-Long: '.length) })],
      '_headers line 4 (X-Long in rule /b) is 2,001 characters, over the 2,000 a line that Cloudflare Pages ' +
        'accepts. Not writing a file the host would reject. Fix: shorten that value.',
    ],
    [
      'a 2,001-character path',
      [rule(`/${'p'.repeat(2000)}`)],
      `_headers line 1 (the path of rule /${'p'.repeat(59)}…) is 2,001 characters, over the 2,000 a line that ` +
        'Cloudflare Pages accepts. Not writing a file the host would reject. Fix: use a shorter pattern.',
    ],
  ])('%s', (_, rules, message) => {
    expect(thrown(() => checkHeaderLimits(rules))).toBe(message);
    // formatHeaders is what the build writes with: it refuses the same rules.
    expect(thrown(() => formatHeaders(rules))).toBe(message);
  });

  it('refuses two rules that both set Cache-Control for one file (as `/*.svg` would with hashed media)', () => {
    const rules = [
      rule(IMMUTABLE, { 'Cache-Control': CACHE.immutable }),
      rule('/*.svg', { 'Cache-Control': CACHE.short }),
    ];
    expect(thrown(() => checkOneCacheControl(rules, [{ file: 'icon.svg' }]))).toBe('did not throw');
    expect(thrown(() => checkOneCacheControl(rules, [{ file: '_next/static/media/i.svg' }]))).toBe(
      '_headers: /_next/static/media/i.svg (out/_next/static/media/i.svg) matches /_next/static/* and /*.svg, ' +
        'which both set Cache-Control; the host would send their values joined. Fix: make the patterns in ' +
        'cachePattern (lib/build/headers.mjs) match disjoint paths.',
    );
  });
});

describe('parseHeaders and headersFor', () => {
  it('reads comments and blank lines', () => {
    expect(parseHeaders('# note\n\n/a\n  X-A: 1\n')).toEqual([{ path: '/a', headers: { 'X-A': '1' } }]);
  });

  it.each([
    [
      'a header line outside a rule',
      '  X-A: 1\n',
      /^_headers line 1: expected " {2}Name: value" under a path, found " {2}X-A: 1"$/,
    ],
    ['a line that is not a header', '/a\n  not a header\n', /^_headers line 2: expected/],
    ['a header without a name', '/a\n  : 1\n', /^_headers line 2: expected/],
  ])('refuses %s', (_, text, message) => expect(() => parseHeaders(text)).toThrow(message));

  it('joins a header that two matching rules set, as the hosts do', () => {
    const twice = parseHeaders('/*\n  X-A: 1\n/b\n  X-A: 2\n');
    expect(headersFor(twice, '/b')).toEqual({ 'X-A': '1, 2' });
    expect(headersFor(twice, '/c')).toEqual({ 'X-A': '1' });
  });

  it('matches :placeholders within one segment only', () => {
    const placeholder = parseHeaders('/blog/:slug\n  X-A: 1\n');
    expect(headersFor(placeholder, '/blog/x')).toEqual({ 'X-A': '1' });
    expect(headersFor(placeholder, '/blog/x/y')).toEqual({});
  });

  it('lets a rule’s Cache-Control replace the host default, and adds the default where none is set', () => {
    const rules = parseHeaders('/a\n  Cache-Control: no-store\n');
    expect(hostHeaders(rules, '/a')).toEqual({ 'Cache-Control': 'no-store' });
    expect(hostHeaders(rules, '/b')).toEqual({ 'Cache-Control': HOST_DEFAULT_CACHE });
  });
});

describe('strictTransportSecurity', () => {
  it.each([
    [{ includeSubDomains: false, preload: false }, 'max-age=63072000'],
    [{ includeSubDomains: true, preload: false }, 'max-age=63072000; includeSubDomains'],
    [{ includeSubDomains: true, preload: true }, 'max-age=63072000; includeSubDomains; preload'],
  ])('%j → %s', (hsts, expected) => expect(strictTransportSecurity(hsts)).toBe(expected));

  it('refuses preload without includeSubDomains, saying what to change', () => {
    expect(() => strictTransportSecurity({ includeSubDomains: false, preload: true })).toThrow(
      "content/site.ts security.hsts: preload without includeSubDomains, which the browsers' preload list refuses. Fix: set includeSubDomains: true as well, or preload: false.",
    );
  });

  it('is what every path gets: two years, nothing wider unless the site config says so', () => {
    const files = [pageFacts('index.html', '<p>x</p>')];
    expect(headersFor(headerRules(files), '/')['Strict-Transport-Security']).toBe('max-age=63072000');
    expect(
      headersFor(headerRules(files, { includeSubDomains: true, preload: true }), '/blog')['Strict-Transport-Security'],
    ).toBe('max-age=63072000; includeSubDomains; preload');
  });
});

describe('the search page’s own Content-Security-Policy', () => {
  const files = [...outFiles(3), pageFacts('search.html', PAGE_HTML), { file: 'pagefind/pagefind.js' }];
  const rules = headerRules(files);
  const siteWide = headersFor(rules, '/blog')['Content-Security-Policy']!;

  it.each([['/search'], ['/search.html']])(
    '%s replaces the site-wide policy with one that adds only wasm-unsafe-eval',
    (path) => {
      const csp = headersFor(rules, path)['Content-Security-Policy']!;
      expect(csp).toBe(siteWide.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|,/);
    },
  );

  it('leaves every other page’s policy as it was, without wasm-unsafe-eval', () => {
    expect(siteWide).toBe(headersFor(headerRules(outFiles(3)), '/blog')['Content-Security-Policy']);
    for (const path of ['/', '/blog/article-1', '/searching', '/search/x', '/pagefind/pagefind.js'])
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(siteWide);
  });

  it('writes the detach in Cloudflare Pages’ syntax and reads it back', () => {
    const text = formatHeaders(rules);
    expect(text).toContain(
      "/search\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';",
    );
    expect(parseHeaders(text)).toEqual(rules);
  });

  it('adds no rule when the build has no search page', () => {
    expect(headerRules(outFiles(3)).some((r) => r.detach)).toBe(false);
  });
});

// The policy before there was a contact form, written out: with no form set, it must not change.
const TODAY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

describe('formOrigins', () => {
  const form = (action: string) => `<main><form method="post" action="${action}"><button>Send</button></form></main>`;

  it.each([
    ['a page without a form', '<main><p>No form here.</p></main>', []],
    ['the search form (a path of this site)', '<form role="search" action="/search" method="get"></form>', []],
    ['a form without an action (posts to the page)', '<form method="post"></form>', []],
    ['an empty action', form(''), []],
    ['a relative path', form('send'), []],
    ['a form service', form('https://forms.example.test/f/abc'), ['https://forms.example.test']],
    ['a form service on another port', form('https://forms.example.test:8443/f'), ['https://forms.example.test:8443']],
    [
      'an action with a query, escaped',
      form('https://forms.example.test/f?a=1&amp;b=2'),
      ['https://forms.example.test'],
    ],
    [
      'a button’s formaction',
      '<form action="/x"><button formaction="https://other.example.test/p">Go</button></form>',
      ['https://other.example.test'],
    ],
    [
      'a protocol-relative URL (https, as the site is served)',
      '<form action="//forms.example.test/f"></form>',
      ['https://forms.example.test'],
    ],
    ['nothing from a comment', '<!-- <form action="https://forms.example.test/f"></form> -->', []],
    ['nothing from a data attribute', '<p data-formaction="https://forms.example.test/f">x</p>', []],
  ])('finds %s', (_, html, expected) => expect(formOrigins(html)).toEqual(expected));

  it.each([
    ['plain http', form('http://forms.example.test/f/abc')],
    ['a javascript: URL', form('javascript:alert(1)')],
  ])('stops on a form that posts over %s, naming the page', (_, html) => {
    expect(thrown(() => formOrigins(html, 'services/x.html'))).toMatch(
      /^_headers: out\/services\/x\.html: <form action="[^"]+"> posts somewhere other than an https:\/\/ URL.*Fix: make content\/site\.ts contact\.form an https:\/\/ URL/,
    );
  });

  it('gives every such form as a problem (pageForms), and formOrigins throws the first', () => {
    const html = `${form('http://a.example.test/f')}${form('https://ok.example.test/f')}${form('http://b.example.test/f')}`;
    const { origins, problems } = pageForms(html, 'services/x.html');
    expect(origins).toEqual(['https://ok.example.test']);
    expect(problems.map((p) => p.line)).toEqual([
      expect.stringMatching(/^_headers: out\/services\/x\.html: <form action="http:\/\/a\.example\.test\/f"> posts /),
      expect.stringMatching(/^_headers: out\/services\/x\.html: <form action="http:\/\/b\.example\.test\/f"> posts /),
    ]);
    expect(thrown(() => formOrigins(html, 'services/x.html'))).toBe(problems[0]!.line);
  });
});

describe('the facts of each page', () => {
  it('are what the policy is made of: a page given without them stops the build, naming it', () => {
    for (const bare of [
      { file: 'blog/x.html' },
      { file: 'blog/x.html', scripts: [] },
      { file: 'blog/x.html', forms: [] },
    ])
      expect(thrown(() => headerRules([...outFiles(1), bare]))).toBe(
        "_headers: out/blog/x.html was given without its inline scripts and form origins, so the Content-Security-Policy could not allow them. Fix: pass every page's facts (readOut, or the finished pages').",
      );
  });

  it('are read from out/ (readOut), or taken as given for the pages given', () => {
    const out = mkdtempSync(join(tmpdir(), 'headers-'));
    mkdirSync(join(out, 'blog'));
    writeFileSync(join(out, 'index.html'), '<script>a()</script><form action="https://f.example.test/x"></form>');
    writeFileSync(join(out, 'blog/x.html'), '<script>not read()</script>');
    writeFileSync(join(out, 'feed.xml'), '<feed/>');
    const known = new Map([['blog/x.html', { scripts: ['given()'], forms: [] }]]);
    expect(readOut(out, known)).toEqual([
      { file: 'blog/x.html', scripts: ['given()'], forms: [] },
      { file: 'feed.xml' },
      { file: 'index.html', scripts: ['a()'], forms: ['https://f.example.test'] },
    ]);
    writeFileSync(join(out, 'blog/x.html'), '<p onclick="x()">x</p>');
    expect(thrown(() => readOut(out))).toContain(
      'out/blog/x.html:1:1: <p onclick="x()"> has code in its onclick attribute',
    );
  });
});

describe('form-action', () => {
  it('is exactly today’s policy while no form posts elsewhere', () => {
    expect(contentSecurityPolicy([])).toBe(TODAY);
    expect(contentSecurityPolicy([], [], [])).toBe(TODAY);
    expect(headerRules(outFiles(3))[0]!.headers['Content-Security-Policy']).toBe(TODAY);
  });

  it('admits this origin and the form service’s origin only', () => {
    expect(contentSecurityPolicy([], [], ['https://forms.example.test'])).toBe(
      TODAY.replace("form-action 'self';", "form-action 'self' https://forms.example.test;"),
    );
    expect(
      contentSecurityPolicy([], [], ['https://b.example.test', 'https://a.example.test', 'https://b.example.test']),
    ).toContain("form-action 'self' https://a.example.test https://b.example.test;");
  });

  describe('with the contact form on a page', () => {
    const contact = '<main><form method="post" action="https://forms.example.test/f/abc"></form></main>';
    const files = [
      ...outFiles(3),
      pageFacts('services/x.html', contact),
      pageFacts('search.html', '<form role="search" action="/search" method="get"></form>'),
    ];
    const rules = headerRules(files);
    const withForm = "form-action 'self' https://forms.example.test;";

    it.each([['/'], ['/blog/article-1'], ['/services/x'], ['/search']])('%s admits the form’s origin', (path) => {
      const csp = headersFor(rules, path)['Content-Security-Policy']!;
      expect(csp).toContain(withForm);
      expect(csp.replace(withForm, "form-action 'self';")).toBe(
        path === '/search' ? contentSecurityPolicy([], ["'wasm-unsafe-eval'"]) : TODAY,
      );
    });
  });
});
