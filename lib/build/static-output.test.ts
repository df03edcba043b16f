import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeRuntime, stripRuntime, unusedFiles } from './static-output.mjs';

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="canonical" href="https://example.test/x"/>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><main><h1>Title</h1></main>',
  '<script type="application/ld+json">{"@graph":[]}</script>',
  '<script src="/scripts/toc.js" defer=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>',
  '<script>self.__next_f.push([1,"payload"])</script>',
  '<script type="module">import("x")</script>',
  '</body></html>',
].join('');

describe('stripRuntime', () => {
  const out = stripRuntime(PAGE);

  it.each([
    ['framework scripts', '/_next/static/chunks/c.js'],
    ['the nomodule polyfill', 'polyfill.js'],
    ['script preloads', '/_next/static/chunks/b.js'],
    ['module preloads', '/_next/static/chunks/m.js'],
    ['the bundler bootstrap', 'TURBOPACK'],
    ['the RSC payload', '__next_f'],
    ['inline module scripts', 'import("x")'],
  ])('removes %s', (_, text) => expect(out).not.toContain(text));

  it.each([
    ['the stylesheet', '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>'],
    ['the canonical link', '<link rel="canonical" href="https://example.test/x"/>'],
    ['JSON-LD', '<script type="application/ld+json">{"@graph":[]}</script>'],
    ['the site’s own script', '<script src="/scripts/toc.js" defer=""></script>'],
    ['the content', '<main><h1>Title</h1></main>'],
  ])('keeps %s', (_, text) => expect(out).toContain(text));

  it('leaves a page without framework code exactly as it was', () => {
    const plain = '<html><head><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>';
    expect(stripRuntime(plain)).toBe(plain);
  });
});

describe('unusedFiles', () => {
  it('lists RSC payloads and framework JavaScript, not robots.txt, llms.txt or CSS', () => {
    const files = [
      'index.html',
      'index.txt',
      '__next._full.txt',
      'blog/x.html',
      'blog/x.txt',
      'blog/x/__next.blog.$d$slug.__PAGE__.txt',
      'robots.txt',
      'llms.txt',
      'notes.txt',
      '_next/static/chunks/a.js',
      '_next/static/chunks/a.css',
      '_next/static/media/icon.svg',
      'scripts/toc.js',
    ];
    expect(unusedFiles(files)).toEqual([
      'index.txt',
      '__next._full.txt',
      'blog/x.txt',
      'blog/x/__next.blog.$d$slug.__PAGE__.txt',
      '_next/static/chunks/a.js',
    ]);
  });
});

describe('removeRuntime', () => {
  const site = () => {
    const out = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(out, '_next/static/chunks'), { recursive: true });
    mkdirSync(join(out, '_next/static/build-id'), { recursive: true });
    writeFileSync(join(out, 'index.html'), PAGE);
    writeFileSync(join(out, 'index.txt'), 'rsc');
    writeFileSync(join(out, 'robots.txt'), 'User-Agent: *');
    writeFileSync(join(out, '_next/static/chunks/c.js'), 'js');
    writeFileSync(join(out, '_next/static/chunks/a.css'), 'css');
    writeFileSync(join(out, '_next/static/build-id/_buildManifest.js'), 'js');
    return out;
  };

  it('strips every page, deletes what they no longer use and the folders left empty', () => {
    const out = site();
    expect(removeRuntime(out, {})).toEqual({ pages: 1, removed: 3, kept: false });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(stripRuntime(PAGE));
    expect(readdirSync(out).sort()).toEqual(['_next', 'index.html', 'robots.txt']);
    expect(readdirSync(join(out, '_next/static'))).toEqual(['chunks']);
  });

  it('leaves out/ untouched when the switch is off (KEEP_NEXT_RUNTIME=1)', () => {
    const out = site();
    expect(removeRuntime(out, { KEEP_NEXT_RUNTIME: '1' })).toEqual({ pages: 0, removed: 0, kept: true });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(PAGE);
    expect(readdirSync(out).sort()).toEqual(['_next', 'index.html', 'index.txt', 'robots.txt']);
  });

  it('refuses to publish a page that would still need framework JavaScript', () => {
    const out = site();
    writeFileSync(join(out, 'index.html'), '<p>x</p><img src="/_next/static/chunks/c.js">');
    expect(() => removeRuntime(out, {})).toThrow(/index\.html still refers to framework JavaScript/);
  });
});
