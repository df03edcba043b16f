import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  formatHeaders,
  headerRules,
  headersFor,
  inlineScripts,
  parseHeaders,
  scriptHash,
  servedPaths,
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
  ])('finds %s', (_, html, expected) => expect(inlineScripts(html)).toEqual(expected));
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

describe('headerRules, formatHeaders and parseHeaders', () => {
  const rules = headerRules([
    { file: 'index.html', html: '<script>boot()</script><script type="application/ld+json">{}</script>' },
    { file: '_next/static/chunks/a.js' },
    { file: 'feed.xml' },
  ]);

  it('puts the CSP with the page’s inline script hash on every path', () => {
    const headers = headersFor(rules, '/anything/at/all');
    expect(headers['Content-Security-Policy']).toContain(`script-src 'self' ${scriptHash('boot()')};`);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cache-Control']).toBeUndefined();
  });

  it.each([
    ['/', 'public, max-age=0, must-revalidate'],
    ['/index.html', 'public, max-age=0, must-revalidate'],
    ['/_next/static/chunks/a.js', 'public, max-age=31536000, immutable'],
    ['/feed.xml', 'public, max-age=3600'],
  ])('caches %s as %s, with no header set twice', (path, cache) => {
    expect(headersFor(rules, path)['Cache-Control']).toBe(cache);
  });

  it('round-trips through the _headers text format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('reads comments and blank lines, and refuses a header line outside a rule', () => {
    expect(parseHeaders('# note\n\n/a\n  X-A: 1\n')).toEqual([{ path: '/a', headers: { 'X-A': '1' } }]);
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(/line 1: expected "  Name: value" under a path/);
    expect(() => parseHeaders('/a\n  not a header\n')).toThrow(/line 2/);
  });

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
});
