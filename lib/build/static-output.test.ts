import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrown } from '@/tests/thrown';
import { inlineScripts } from './headers.mjs';
import { isRuntimeCode, removeUnusedFiles, stripRuntime, unusedFiles } from './static-output.mjs';

// A page exactly as Next.js 16.4 (Turbopack) exports it (KEEP_NEXT_RUNTIME=1 build of the home
// page), and the same page as the build ships it: the runtime's elements cut out, nothing else
// changed. Refresh both when Next.js changes what it writes.
const NEXT_PAGE = readFileSync('tests/fixtures/next-export/index.html', 'utf8');
const NEXT_PAGE_STRIPPED = readFileSync('tests/fixtures/next-export/index.stripped.html', 'utf8');

const STOP = 'static output: stopping before changing any page:\n';
const FIX_INLINE =
  "is an inline script that is not Next.js's runtime: the build neither drops it nor ships it without its hash in " +
  'the Content-Security-Policy. Fix: add the attribute data-site-script to ship it with its hash, or move the code ' +
  'to public/scripts/ and load it with <script src="/scripts/…" defer>.';
const FIX_ORIGIN =
  "the site serves its files itself and its Content-Security-Policy allows only 'self'. Fix: copy " +
  'the file under public/ and refer to it by its path.';
const FIX_LEFT =
  'Next.js put its runtime somewhere the removal does not know, or the page quotes it. Fix: teach ' +
  'lib/build/static-output.mjs the new form (build with KEEP_NEXT_RUNTIME=1 to see it).';
const FIX_TYPE =
  'so it cannot tell whether a browser runs it. Fix: no type (or type="module") for code; ' +
  'type="application/ld+json" or "application/json" for data.';

describe('stripRuntime on a real Next.js export', () => {
  const out = stripRuntime(NEXT_PAGE);

  it('gives exactly the page the build ships', () => expect(out).toBe(NEXT_PAGE_STRIPPED));

  it.each([
    ['framework scripts', '<script src="/_next/static/chunks/'],
    ['script preloads', '<link rel="preload" as="script"'],
    ['the Turbopack bootstrap', 'TURBOPACK'],
    ['the RSC payload', '__next_f'],
  ])('removes %s', (_, text) => {
    expect(NEXT_PAGE).toContain(text);
    expect(out).not.toContain(text);
  });

  it.each([
    ['the stylesheet', /<link rel="stylesheet" href="\/_next\/static\/chunks\/[\w-]+\.css" data-precedence="next"\/>/],
    ['the canonical link', /<link rel="canonical" href="https:\/\/mudassirkhan\.me"\/>/],
    ['JSON-LD', /<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org"/],
    ['the content', /<h1[^>]*>/],
  ])('keeps %s', (_, pattern) => expect(out).toMatch(pattern));
});

describe('stripRuntime fails closed', () => {
  it.each([
    [
      'a comment holding a tag, a paragraph and the site’s script (the regex version left "<!-- ")',
      '<!-- <script> --><p>kept?</p><script src="/scripts/toc.js">',
    ],
    [
      'JSON-LD with ">" in an attribute value (the regex version cut it)',
      '<script data-note="a>b" type="application/ld+json">{"@type":"Thing"}</script>',
    ],
    ['the site’s script under its own origin', '<script src="/scripts/toc.js" defer=""></script>'],
    ['a site script given by a relative URL', '<script src="scripts/toc.js"></script>'],
    ['a site-owned inline script marked data-site-script', '<script data-site-script="">theme()</script>'],
    [
      'a script preload with the script that uses it',
      '<link rel="preload" as="script" href="/s.js"><script src="/s.js">',
    ],
    [
      'a font preload under /_next/ (the font stays)',
      '<link rel="preload" as="font" href="/_next/static/media/f.woff2">',
    ],
    [
      'a script inside <noscript> (never run: text while scripting is on)',
      '<noscript><script>go()</script></noscript>',
    ],
    [
      'a page without framework code',
      '<html><head><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>',
    ],
  ])('keeps %s, byte for byte', (_, html) => expect(stripRuntime(html)).toBe(html));

  it.each([
    [
      'a framework script, in capitals',
      '<p>a</p><SCRIPT SRC="/_next/x.js" ASYNC></SCRIPT><p>b</p>',
      '<p>a</p><p>b</p>',
    ],
    ['a module preload of framework code', '<link rel="modulepreload" href="/_next/m.js"><p>b</p>', '<p>b</p>'],
    ['a preload whose rel has several tokens', '<link rel="Preload  x" as="Script" href="/_next/b.js">.', '.'],
    ['a relative URL into /_next/', '<script src="./_next/c.js"></script>.', '.'],
    [
      'the RSC payload with a JavaScript type of any spelling',
      '<script type="text/ecmascript">self.__next_f.push([1,"x"])</script>.',
      '.',
    ],
    ['the RSC payload queue', '<script>(self.__next_f=self.__next_f||[]).push([0])</script>.', '.'],
    [
      'a framework script inside a <template>',
      '<template><script src="/_next/t.js"></script></template>',
      '<template></template>',
    ],
  ])('removes %s, and only it', (_, html, expected) => expect(stripRuntime(html)).toBe(expected));

  it.each([
    [
      'a site-owned inline script',
      "<script>document.documentElement.dataset.theme='x'</script>",
      `out/index.html:1:1: <script> holding "document.documentElement.dataset.theme='x'" ${FIX_INLINE}`,
    ],
    [
      'type="text/ecmascript" (a JavaScript type the regex version neither removed nor hashed)',
      '<script type="text/ecmascript">go()</script>',
      `out/index.html:1:1: <script type="text/ecmascript"> holding "go()" ${FIX_INLINE}`,
    ],
    [
      'code after an RSC payload call',
      '<script>self.__next_f.push([1,"x"]);go()</script>',
      `out/index.html:1:1: <script> holding "self.__next_f.push([1,"x"]);go()" ${FIX_INLINE}`,
    ],
    ['an SVG script', '<svg><script>go()</script></svg>', `out/index.html:1:6: <script> holding "go()" ${FIX_INLINE}`],
    [
      'an unknown script type',
      '<script type="text/x-template">{{ x }}</script>',
      `out/index.html:1:1: <script type="text/x-template"> holding "{{ x }}" has a script type the build does not know ("text/x-template"), ${FIX_TYPE}`,
    ],
    [
      'a JavaScript type with parameters (no browser runs it, none is sure to skip it)',
      '<script type="text/javascript; charset=utf-8">go()</script>',
      `out/index.html:1:1: <script type="text/javascript; charset=utf-8"> holding "go()" has a script type the build does not know ("text/javascript; charset=utf-8"), ${FIX_TYPE}`,
    ],
    [
      'a next/script afterInteractive orphan preload to another origin',
      '<link rel="preload" as="script" href="https://other.example/x.js">',
      `out/index.html:1:1: <link rel="preload" as="script" href="https://other.example/x.js"> loads from another origin (https://other.example); ${FIX_ORIGIN}`,
    ],
    [
      'a same-origin script preload nothing loads once the runtime is gone',
      '<link rel="preload" as="script" href="/scripts/late.js">',
      'out/index.html:1:1: <link rel="preload" as="script" href="/scripts/late.js"> preloads a script that no <script> on ' +
        'the page loads once the runtime is removed (a next/script that only the runtime would have started). Fix: load ' +
        'it with <script src="/scripts/late.js" defer>.',
    ],
    [
      'a script from another origin',
      '<script src="https://cdn.example/lib.js"></script>',
      `out/index.html:1:1: <script src="https://cdn.example/lib.js"> loads from another origin (https://cdn.example); ${FIX_ORIGIN}`,
    ],
    [
      'a protocol-relative script written with a backslash',
      '<script src="/\\evil.example/x.js"></script>',
      `out/index.html:1:1: <script src="/\\evil.example/x.js"> loads from another origin (https://evil.example); ${FIX_ORIGIN}`,
    ],
    [
      'a data: script',
      '<script src="data:text/javascript,go()"></script>',
      `out/index.html:1:1: <script src="data:text/javascript,go()"> loads from another origin (data: URL); ${FIX_ORIGIN}`,
    ],
    [
      'a modulepreload to another origin',
      '<link rel="modulepreload" href="https://other.example/m.js">',
      `out/index.html:1:1: <link rel="modulepreload" href="https://other.example/m.js"> loads from another origin (https://other.example); ${FIX_ORIGIN}`,
    ],
    [
      'an RSC payload moved into a data block',
      '<script type="application/json">self.__next_f.push([1,"x"])</script>',
      `out/index.html:1:38: "__next_f" is still on the page once the runtime is removed, inside <script type="application/json">: ${FIX_LEFT}`,
    ],
    [
      'an RSC payload moved into a data block, named once',
      '<script type="application/json">[[1,"self.__next_f"],[2,"self.__next_f"],[3,"/_next/a.js"]]</script>',
      `out/index.html:1:43: "__next_f" (and 2 more) is still on the page once the runtime is removed, inside <script type="application/json">: ${FIX_LEFT}`,
    ],
    [
      'an RSC payload moved into a <template>',
      '<p>x</p><template id="rsc">[1,"2:[\\"/_next/static/chunks/a.js\\"]"]</template>',
      `out/index.html:1:37: "/_next/static/chunks/a.js" is still on the page once the runtime is removed, inside <template id="rsc">: ${FIX_LEFT}`,
    ],
    [
      'an event handler attribute',
      '<img src="/a.png" alt="" onerror="go()">',
      `out/index.html:1:1: <img src="/a.png" alt="" onerror="go()"> has code in its onerror attribute, which a Content-Security-Policy without 'unsafe-inline' blocks. Fix: put the code in a script under public/scripts/ that finds the element.`,
    ],
    [
      'a javascript: URL',
      '<a href=" JavaScript:go()">x</a>',
      `out/index.html:1:1: <a href=" JavaScript:go()"> has code in its href attribute, which a Content-Security-Policy without 'unsafe-inline' blocks. Fix: put the code in a script under public/scripts/ that finds the element.`,
    ],
    [
      'a framework script the page never closes',
      '<p>x</p><script src="/_next/a.js">',
      'out/index.html:1:9: <script src="/_next/a.js"> is not closed before the end of the page, so the build cannot tell where it ends.',
    ],
  ])('stops on %s, naming the page and the element', (_, html, line) =>
    expect(thrown(() => stripRuntime(html))).toBe(STOP + line),
  );

  it('names the page by its path in out/ and lists every problem of it, in page order', () => {
    const html = '<p>\n</p><script>one()</script>\n<script src="https://x.example/a.js"></script>';
    expect(thrown(() => stripRuntime(html, 'blog/x.html'))).toBe(
      STOP +
        `out/blog/x.html:2:5: <script> holding "one()" ${FIX_INLINE}\n` +
        `out/blog/x.html:3:1: <script src="https://x.example/a.js"> loads from another origin (https://x.example); ${FIX_ORIGIN}`,
    );
  });

  it('truncates a long opening tag and a long inline script in the message', () => {
    const message = thrown(() => stripRuntime(`<script data-x="${'a'.repeat(200)}">${'b'.repeat(100)}</script>`));
    expect(message).toBe(
      `${STOP}out/index.html:1:1: <script data-x="${'a'.repeat(104)}… holding "${'b'.repeat(60)}…" ${FIX_INLINE}`,
    );
  });
});

describe('one classifier: the removal and the CSP hashes agree on every script type', () => {
  // [type attribute (undefined: none), how a browser treats it]
  const TYPES: [string | undefined, 'runs' | 'data' | 'unknown'][] = [
    [undefined, 'runs'],
    ['', 'runs'],
    ['text/javascript', 'runs'],
    ['text/javascript ', 'runs'],
    [' TEXT/JavaScript\n', 'runs'],
    ['application/javascript', 'runs'],
    ['text/ecmascript', 'runs'],
    ['application/x-javascript', 'runs'],
    ['module', 'runs'],
    [' Module ', 'runs'],
    ['application/ld+json', 'data'],
    ['APPLICATION/JSON ', 'data'],
    ['text/javascript; charset=utf-8', 'unknown'],
    ['importmap', 'unknown'],
    ['speculationrules', 'unknown'],
    ['text/plain', 'unknown'],
    [' ', 'unknown'],
  ];
  const script = (type: string | undefined, extra = '') =>
    `<script${type === undefined ? '' : ` type="${type}"`}${extra}>go()</script>`;

  it.each(TYPES)('type %j: %s', (type, treated) => {
    const site = script(type, ' data-site-script');
    const plain = script(type);
    if (treated === 'runs') {
      expect(stripRuntime(site)).toBe(site);
      expect(inlineScripts(site)).toEqual(['go()']);
      expect(thrown(() => stripRuntime(plain))).toContain('is an inline script that is not Next.js');
      expect(inlineScripts(plain)).toEqual(['go()']);
    } else if (treated === 'data') {
      expect(stripRuntime(plain)).toBe(plain);
      expect(inlineScripts(plain)).toEqual([]);
    } else {
      expect(thrown(() => stripRuntime(site))).toContain('has a script type the build does not know');
      expect(thrown(() => inlineScripts(site))).toContain('has a script type the build does not know');
    }
  });

  it.each([
    ['javascript', 'runs'],
    ['JavaScript1.5', 'runs'],
    ['', 'runs'],
    ['vbscript', 'unknown'],
  ])('the obsolete language=%j attribute: %s', (language, treated) => {
    const html = `<script language="${language}" data-site-script>go()</script>`;
    if (treated === 'runs') expect(inlineScripts(html)).toEqual(['go()']);
    else expect(thrown(() => stripRuntime(html))).toContain(`("text/${language}")`);
  });
});

describe('isRuntimeCode', () => {
  it.each([
    ['(self.__next_f=self.__next_f||[]).push([0])', true],
    ['self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', true],
    ['self.__next_f.push([2,null]);', true],
    [
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});',
      true,
    ],
    ['self.__next_f.push([1,"x"]);go()', false],
    ['self.__next_f.push([1,"x"]),go()', false],
    ['self.__next_f.push(go())', false],
    ['(globalThis["TURBOPACK"] || []).push({})', false],
    ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1])', false],
    ['go()', false],
  ])('%s → %s', (code, expected) => expect(isRuntimeCode(code)).toBe(expected));
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

describe('removeUnusedFiles', () => {
  it('deletes what the stripped pages no longer use and the folders left empty, and keeps the rest', () => {
    const out = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(out, '_next/static/chunks'), { recursive: true });
    mkdirSync(join(out, '_next/static/build-id'), { recursive: true });
    mkdirSync(join(out, 'blog'));
    writeFileSync(join(out, 'index.html'), NEXT_PAGE_STRIPPED);
    writeFileSync(join(out, 'blog/x.html'), NEXT_PAGE_STRIPPED);
    writeFileSync(join(out, 'index.txt'), 'rsc');
    writeFileSync(join(out, 'robots.txt'), 'User-Agent: *');
    writeFileSync(join(out, '_next/static/chunks/c.js'), 'js');
    writeFileSync(join(out, '_next/static/chunks/a.css'), 'css');
    writeFileSync(join(out, '_next/static/build-id/_buildManifest.js'), 'js');
    expect(removeUnusedFiles(out)).toBe(3);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(NEXT_PAGE_STRIPPED);
    expect(readdirSync(out).sort()).toEqual(['_next', 'blog', 'index.html', 'robots.txt']);
    expect(readdirSync(join(out, '_next/static'))).toEqual(['chunks']);
    expect(readdirSync(join(out, '_next/static/chunks'))).toEqual(['a.css']);
  });
});
