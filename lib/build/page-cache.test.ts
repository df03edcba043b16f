import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { thrown } from '@/tests/thrown';
import { writeSealed } from '@/lib/content/sealed-file';
import { spoilings } from '@/lib/content/spoiled-files';
import { codeKey } from '@/lib/content/snapshot';
import { inlineScripts } from './headers.mjs';
import { importGraph } from './import-graph';
import {
  PAGE_CACHE_ENTRY,
  finishPage,
  finishPages,
  finishingCodeKey,
  openPageCache,
  pageProblems,
} from './page-cache.mjs';

// A page exactly as Next.js 16.4 exports it, and as the build ships it (static-output.test.ts).
const NEXT_PAGE = readFileSync('tests/fixtures/next-export/index.html', 'utf8');
const NEXT_PAGE_STRIPPED = readFileSync('tests/fixtures/next-export/index.stripped.html', 'utf8');
const MAIN = '<main id="main"';
/** The page as a translation exports it: its main names its language. */
const URDU = NEXT_PAGE.replace(MAIN, `${MAIN} lang="ur" dir="rtl"`);
const URDU_STRIPPED = NEXT_PAGE_STRIPPED.replace(MAIN, `${MAIN} lang="ur" dir="rtl"`).replace(
  '<html lang="en">',
  '<html lang="ur" dir="rtl">',
);
/** The page with the contact form, posting to its service. */
const CONTACT = NEXT_PAGE.replace(
  `${MAIN}`,
  `${MAIN}><form method="post" action="https://forms.example.test/f"></form`,
);

const EN = { siteLanguage: 'en', keepRuntime: false };
const KEEP = { siteLanguage: 'en', keepRuntime: true };
const STOP = 'static output: stopping before changing any page:\n';
const FIX_INLINE =
  "is an inline script that is not Next.js's runtime: the build neither drops it nor ships it without its hash in " +
  'the Content-Security-Policy. Fix: add the attribute data-site-script to ship it with its hash, or move the code ' +
  'to public/scripts/ and load it with <script src="/scripts/…" defer>.';
const NOT_UTF8 = Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x3c, 0x2f, 0x70, 0x3e]);

const tmp = mkdtempSync(join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('finishPage', () => {
  it('removes the runtime of a real export, leaving no inline script and no form', () => {
    expect(finishPage(Buffer.from(NEXT_PAGE), 'index.html', EN)).toEqual({
      html: NEXT_PAGE_STRIPPED,
      scripts: [],
      forms: [],
      problems: [],
    });
  });

  it('with the runtime kept, leaves the page as exported and gives every inline script for the CSP', () => {
    const finished = finishPage(Buffer.from(NEXT_PAGE), 'index.html', KEEP);
    expect(finished.html).toBe(NEXT_PAGE);
    expect(finished.scripts).toEqual(inlineScripts(NEXT_PAGE));
    expect(finished.scripts.length).toBeGreaterThan(0);
    expect(finished.problems).toEqual([]);
  });

  it('sets a translation’s language on <html>, and names it', () => {
    expect(finishPage(Buffer.from(URDU), 'ur/blog/x.html', EN)).toEqual({
      html: URDU_STRIPPED,
      lang: 'ur',
      scripts: [],
      forms: [],
      problems: [],
    });
  });

  it('gives a site script marked data-site-script, and the origin a form posts to', () => {
    const theme = "document.documentElement.dataset.theme='x'";
    const page = CONTACT.replace('<meta charSet="utf-8"/>', `$&<script data-site-script="">${theme}</script>`);
    const finished = finishPage(Buffer.from(page), 'contact.html', EN);
    expect(finished).toMatchObject({ scripts: [theme], forms: ['https://forms.example.test'], problems: [] });
    expect(finished.html).toContain(`<script data-site-script="">${theme}</script>`);
  });

  it.each([
    [
      'a page that is not UTF-8',
      NOT_UTF8,
      EN,
      'runtime',
      'out/x.html: is not valid UTF-8; the build reads pages as UTF-8.',
    ],
    [
      'an inline script that is neither the runtime nor marked',
      Buffer.from(`<script>go()</script>${NEXT_PAGE}`),
      EN,
      'runtime',
      `out/x.html:1:1: <script> holding "go()" ${FIX_INLINE}`,
    ],
    [
      'a main with lang and no dir',
      Buffer.from(NEXT_PAGE.replace(MAIN, `${MAIN} lang="ur"`)),
      EN,
      'language',
      'out/x.html: <main lang="ur"> without dir="ltr" or dir="rtl". Fix: give PageFrame the language\'s tag and direction (components/page-frame.tsx).',
    ],
    [
      'a script type the build does not know, with the runtime kept',
      Buffer.from(`<script type="text/x-template">t()</script>`),
      KEEP,
      'scripts',
      'out/x.html:1:1: <script type="text/x-template"> holding "t()" has a script type the build does not know ' +
        '("text/x-template"), so it cannot tell whether a browser runs it. Fix: no type (or type="module") for code; ' +
        'type="application/ld+json" or "application/json" for data.',
    ],
    [
      'a form posting over plain http',
      Buffer.from('<main><form action="http://forms.example.test/f"></form></main>'),
      EN,
      'forms',
      '_headers: out/x.html: <form action="http://forms.example.test/f"> posts somewhere other than an https:// URL, ' +
        "so what a reader writes would not be encrypted. Not admitting it in the Content-Security-Policy's form-action. " +
        'Fix: make content/site.ts contact.form an https:// URL (npm run check says so too).',
    ],
  ])('stops on %s, at its step, the page unchanged', (_, raw, options, step, line) => {
    const finished = finishPage(raw, 'x.html', options);
    expect(finished.problems.map((p) => [p.step, p.line])).toEqual([[step, line]]);
    expect(finished.html).toBe(raw.toString('utf8'));
    expect(finished).toMatchObject({ scripts: [], forms: [] });
    expect(finished.lang).toBeUndefined();
  });
});

describe('pageProblems', () => {
  const problems = (file: string, html: string, options = EN) => finishPage(Buffer.from(html), file, options);

  it('is empty when no page has a problem', () => expect(pageProblems([problems('index.html', NEXT_PAGE)])).toBe(''));

  it('says each step’s problems under the heading its pass had, every page’s, in page order', () => {
    const pages = [
      problems('a.html', NEXT_PAGE.replace(MAIN, `${MAIN} lang="ur" dir="up"`)),
      problems('b.html', `<script>go()</script>${NEXT_PAGE}`),
      problems('c.html', '<main><form action="http://f.example.test/x"></form></main>'),
      problems('d.html', NEXT_PAGE.replace(MAIN, `${MAIN} lang="fr"`)),
      problems('e.html', `<p>x</p><script>go()</script><script>stop()</script>`),
    ];
    const language = (page: string, lang: string) =>
      `  out/${page}: <main lang="${lang}"> without dir="ltr" or dir="rtl". Fix: give PageFrame the language's tag and direction (components/page-frame.tsx).`;
    expect(pageProblems(pages)).toBe(
      `${STOP}out/b.html:1:1: <script> holding "go()" ${FIX_INLINE}\n` +
        `out/e.html:1:9: <script> holding "go()" ${FIX_INLINE}\n` +
        `out/e.html:1:30: <script> holding "stop()" ${FIX_INLINE}\n\n` +
        `page language: stopping before changing any page:\n${language('a.html', 'ur')}\n${language('d.html', 'fr')}\n\n` +
        pages[2]!.problems[0]!.line,
    );
  });

  it('ends the runtime’s problems with what to do about Next.js, given its version and a possible new form', () => {
    const pages = [problems('x.html', '<script>self.__next_r.push([1,"x"])</script>')];
    expect(pageProblems(pages)).toBe(
      `${STOP}out/x.html:1:1: <script> holding "self.__next_r.push([1,"x"])" ${FIX_INLINE}`,
    );
    expect(pageProblems(pages, '16.4.6')).toMatch(
      /^static output: .*\nNext\.js 16\.4\.6 wrote pages holding the scripts/s,
    );
  });
});

/** An out/ folder with these pages (path → bytes) and a file that is not a page. */
function outWith(pages: Record<string, string | Buffer>): string {
  const out = mkdtempSync(join(tmp, 'out-'));
  for (const [file, bytes] of Object.entries(pages)) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), bytes);
  }
  writeFileSync(join(out, 'index.txt'), 'rsc');
  return out;
}
const read = (out: string, file: string) => readFileSync(join(out, file), 'utf8');
const SITE = { 'index.html': NEXT_PAGE, 'blog/x.html': NEXT_PAGE, 'ur/blog/x.html': URDU, 'contact.html': CONTACT };

describe('finishPages', () => {
  it('finishes every page of out/ and gives their languages and facts, touching no other file', () => {
    const out = outWith(SITE);
    const finished = finishPages(out, EN);
    expect(finished).toEqual({
      pages: 4,
      cached: 0,
      languages: { ur: 1 },
      facts: new Map([
        ['blog/x.html', { scripts: [], forms: [] }],
        ['contact.html', { scripts: [], forms: ['https://forms.example.test'] }],
        ['index.html', { scripts: [], forms: [] }],
        ['ur/blog/x.html', { scripts: [], forms: [] }],
      ]),
    });
    expect(read(out, 'index.html')).toBe(NEXT_PAGE_STRIPPED);
    expect(read(out, 'blog/x.html')).toBe(NEXT_PAGE_STRIPPED);
    expect(read(out, 'ur/blog/x.html')).toBe(URDU_STRIPPED);
    expect(read(out, 'index.txt')).toBe('rsc');
  });

  it('with the runtime kept, changes only the language of a translation', () => {
    const out = outWith(SITE);
    const finished = finishPages(out, KEEP);
    expect(finished.languages).toEqual({ ur: 1 });
    expect(finished.facts.get('index.html')!.scripts).toEqual(inlineScripts(NEXT_PAGE));
    expect(read(out, 'index.html')).toBe(NEXT_PAGE);
    expect(read(out, 'ur/blog/x.html')).toBe(URDU.replace('<html lang="en">', '<html lang="ur" dir="rtl">'));
  });

  it('stops on the problems of every page, having written nothing', () => {
    const bad = `<script>go()</script>${NEXT_PAGE}`;
    const out = outWith({ ...SITE, 'index.html': bad, 'blog/x.html': NOT_UTF8 });
    expect(thrown(() => finishPages(out, EN))).toBe(
      `${STOP}out/blog/x.html: is not valid UTF-8; the build reads pages as UTF-8.\n` +
        `out/index.html:1:1: <script> holding "go()" ${FIX_INLINE}`,
    );
    expect(read(out, 'index.html')).toBe(bad);
    expect(readFileSync(join(out, 'blog/x.html'))).toEqual(NOT_UTF8);
    expect(read(out, 'ur/blog/x.html')).toBe(URDU);
  });
});

describe('the finished pages kept between builds', () => {
  const dir = join(tmp, 'finished-pages');
  beforeEach(() => rmSync(dir, { recursive: true, force: true }));
  const entries = () => readdirSync(dir).sort();
  /** A build: a fresh out/ of these pages, finished through a cache opened on `dir`. */
  const build = async (pages: Record<string, string | Buffer> = SITE, options = EN, key = 'code-1') => {
    const out = outWith(pages);
    const result = finishPages(out, { ...options, cache: await openPageCache(dir, key) });
    return { out, result };
  };
  const files = (out: string) => Object.keys(SITE).map((f) => read(out, f));

  it('finishes each page once: the next build reads every page back, the same as finished', async () => {
    const uncached = outWith(SITE);
    const plain = finishPages(uncached, EN);
    const cold = await build();
    expect(cold.result.cached).toBe(0);
    expect(entries()).toHaveLength(4);
    expect(entries().every((name) => name.endsWith('.page'))).toBe(true);
    const warm = await build();
    expect(warm.result.cached).toBe(4);
    expect(entries()).toHaveLength(4);
    expect({ ...warm.result, cached: 0 }).toEqual(plain);
    expect(files(warm.out)).toEqual(files(uncached));
    expect(files(cold.out)).toEqual(files(uncached));
  });

  it('finishes again a page whose bytes changed, and prunes what it no longer uses', async () => {
    await build();
    const before = entries();
    const edited = NEXT_PAGE.replace('</main>', '<p>one more line</p></main>');
    const { out, result } = await build({ ...SITE, 'blog/x.html': edited });
    expect(result.cached).toBe(3);
    expect(read(out, 'blog/x.html')).toBe(NEXT_PAGE_STRIPPED.replace('</main>', '<p>one more line</p></main>'));
    expect(entries()).toHaveLength(4);
    expect(entries().filter((name) => !before.includes(name))).toHaveLength(1);
  });

  it.each([
    ['another site language', { ...EN, siteLanguage: 'fr' }, 'code-1'],
    ['the runtime kept', KEEP, 'code-1'],
    ['other finishing code', EN, 'code-2'],
  ])('reads nothing back with %s', async (_, options, key) => {
    // No translation: its <html> would not be the layout's of a French site.
    const english = Object.fromEntries(Object.entries(SITE).filter(([file]) => !file.startsWith('ur/')));
    await build(english);
    const { result } = await build(english, options, key);
    expect(result.cached).toBe(0);
    expect(entries()).toHaveLength(3);
  });

  it('does not give one page’s result to the same bytes at another path (URLs resolve from the page)', async () => {
    await build({ 'a.html': NEXT_PAGE });
    expect((await build({ 'b.html': NEXT_PAGE })).result.cached).toBe(0);
  });

  it.each([
    ...spoilings({ magic: 'finished-page', format: 1 }),
    [
      'whole, but not a finished page',
      (file: string) => writeSealed(file, { magic: 'finished-page', format: 1 }, [Buffer.from('{"html":1}')]),
    ],
    [
      'whole, but not JSON',
      (file: string) => writeSealed(file, { magic: 'finished-page', format: 1 }, [Buffer.from('<p>x</p>')]),
    ],
  ])('finishes a page again when its entry is %s, and keeps it anew', async (_, damage) => {
    await build({ 'index.html': NEXT_PAGE });
    const [entry] = entries();
    damage(join(dir, entry!));
    const again = await build({ 'index.html': NEXT_PAGE });
    expect(again.result.cached).toBe(0);
    expect(read(again.out, 'index.html')).toBe(NEXT_PAGE_STRIPPED);
    expect(entries()).toEqual([entry]);
    expect((await build({ 'index.html': NEXT_PAGE })).result.cached).toBe(1);
  });

  it('takes a planted entry as the page: what is kept is what is read, so only whole entries are', async () => {
    await build({ 'index.html': NEXT_PAGE });
    const planted = { html: '<p>planted</p>', scripts: ['s()'], forms: [] };
    writeSealed(join(dir, entries()[0]!), { magic: 'finished-page', format: 1 }, [
      Buffer.from(JSON.stringify(planted)),
    ]);
    const { out, result } = await build({ 'index.html': NEXT_PAGE });
    expect(result.facts.get('index.html')).toEqual({ scripts: ['s()'], forms: [] });
    expect(read(out, 'index.html')).toBe('<p>planted</p>');
  });

  it('never keeps a problem: a page that fails fails again, and a stopped build keeps and prunes nothing', async () => {
    await build();
    const before = entries();
    const bad = { ...SITE, 'index.html': `<script>go()</script>${NEXT_PAGE}`, 'contact.html': NOT_UTF8 };
    for (let i = 0; i < 2; i++) {
      const out = outWith(bad);
      const cache = await openPageCache(dir, 'code-1');
      expect(thrown(() => finishPages(out, { ...EN, cache }))).toBe(
        `${STOP}out/contact.html: is not valid UTF-8; the build reads pages as UTF-8.\n` +
          `out/index.html:1:1: <script> holding "go()" ${FIX_INLINE}`,
      );
      expect(read(out, 'blog/x.html')).toBe(NEXT_PAGE);
      expect(entries()).toEqual(before);
    }
  });

  it('prunes every file of its folder that a build neither read nor wrote, and nothing when it used none', async () => {
    await build({ 'a.html': NEXT_PAGE, 'b.html': NEXT_PAGE });
    writeFileSync(join(dir, 'x.page.123.tmp'), 'a dead writer’s file');
    (await openPageCache(dir, 'code-1')).prune();
    expect(entries(), 'a cache that read nothing deletes nothing').toHaveLength(3);
    await build({ 'a.html': NEXT_PAGE });
    expect(entries()).toHaveLength(1);
  });

  it('finishes every page when the folder cannot be written, keeping none', async () => {
    writeFileSync(dir, 'a file where the folder would be');
    const { out, result } = await build();
    expect(result.cached).toBe(0);
    expect(files(out)).toEqual(files((await build()).out));
    expect(readFileSync(dir, 'utf8')).toBe('a file where the folder would be');
  });
});

describe('the code key of the finished pages', () => {
  it('follows the import graph of page-cache.mjs to the modules that finish a page', () => {
    const { files } = importGraph(PAGE_CACHE_ENTRY);
    for (const name of ['static-output', 'page-language', 'headers', 'scripts', 'next-export', 'files'])
      expect(files).toContain(`lib/build/${name}.mjs`);
    expect(files).not.toContain('lib/build/search-index.mjs');
  });

  it('is the code key of page-cache.mjs, and changes with an edit to a module it imports, not another', async () => {
    expect(await finishingCodeKey()).toBe(codeKey(PAGE_CACHE_ENTRY));
    const project = join(tmp, 'project');
    cpSync('lib', join(project, 'lib'), { recursive: true });
    const key = await finishingCodeKey(project);
    expect(await finishingCodeKey(project)).toBe(key);
    // page-language.mjs is imported by page-cache.mjs: an edit to it is an edit to the finishing.
    const imported = join(project, 'lib/build/page-language.mjs');
    writeFileSync(imported, `${readFileSync(imported, 'utf8')}\n// an edit\n`);
    const edited = await finishingCodeKey(project);
    expect(edited).not.toBe(key);
    // The search index runs after the pages are finished; it is not part of them.
    const other = join(project, 'lib/build/search-index.mjs');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\n// an edit\n`);
    expect(await finishingCodeKey(project)).toBe(edited);
    expect(existsSync(join(project, 'package-lock.json'))).toBe(false);
  });
});
