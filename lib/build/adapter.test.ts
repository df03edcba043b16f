import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import adapter from './adapter.mjs';
import { parseHeaders, scriptHash } from './headers.mjs';

// The adapter as `next build` runs it, on an out/ folder written the way Next.js 16 exports it
// (tests/fixtures/next-export/index.html is a real export of the home page), with a site-owned
// inline script added where a layout would put it. A real `next build` with an edited
// app/layout.tsx would prove the same at a minute a build; this runs in milliseconds.
const NEXT_PAGE = readFileSync('tests/fixtures/next-export/index.html', 'utf8');
const THEME = "document.documentElement.dataset.theme='x'";
const HEAD = '<meta charSet="utf-8"/>';

/** The export with `script` right after the charset, as a layout's <head> renders it. */
const withScript = (script: string) => NEXT_PAGE.replace(HEAD, `${HEAD}${script}`);

/** A project whose out/ holds the page at / and /blog/x, and the framework's files (in `dir`, a new one by default). */
function project(page: string, dir = mkdtempSync(join(tmpdir(), 'adapter-'))) {
  const out = join(dir, 'out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'blog'), { recursive: true });
  mkdirSync(join(out, '_next/static/chunks'), { recursive: true });
  writeFileSync(join(out, 'index.html'), page);
  writeFileSync(join(out, 'blog/x.html'), page);
  writeFileSync(join(out, 'index.txt'), 'rsc');
  writeFileSync(join(out, '_next/static/chunks/0zjhsu3qqim6v.css'), 'css');
  writeFileSync(join(out, '_next/static/chunks/0j1we3cwg31qe.js'), 'js');
  return out;
}

async function build(out: string) {
  const context = { projectDir: join(out, '..') } as Parameters<NonNullable<typeof adapter.onBuildComplete>>[0];
  await adapter.onBuildComplete!(context);
}

const policy = (out: string) =>
  parseHeaders(readFileSync(join(out, '_headers'), 'utf8'))[0]!.headers['Content-Security-Policy']!;

describe('a site-owned inline script added to the layout', () => {
  beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => undefined));
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('ships with its hash in the Content-Security-Policy when marked data-site-script', async () => {
    const script = `<script data-site-script="">${THEME}</script>`;
    const out = project(withScript(script));
    await build(out);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain(`${HEAD}${script}`);
    expect(page).not.toMatch(/__next_f|TURBOPACK|\/_next\/[^"']+\.js/);
    expect(policy(out)).toContain(`script-src 'self' ${scriptHash(THEME)};`);
  });

  it('stops the build, naming the page and the element, and writes nothing, when not marked', async () => {
    const page = withScript(`<script>${THEME}</script>`);
    const out = project(page);
    const at = page.indexOf(`<script>${THEME}`) + 1;
    const line = (file: string) =>
      `out/${file}:1:${at}: <script> holding "${THEME}" is an inline script that is not Next.js's runtime: the build ` +
      'neither drops it nor ships it without its hash in the Content-Security-Policy. Fix: add the attribute ' +
      'data-site-script to ship it with its hash, or move the code to public/scripts/ and load it with ' +
      '<script src="/scripts/…" defer>.';
    await expect(build(out)).rejects.toThrow(
      `static output: stopping before changing any page:\n${line('blog/x.html')}\n${line('index.html')}`,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    expect(existsSync(join(out, 'index.txt'))).toBe(true);
    expect(existsSync(join(out, '_headers'))).toBe(false);
  });

  it('with KEEP_NEXT_RUNTIME=1, ships every page as exported and hashes every inline script, its own included', async () => {
    vi.stubEnv('KEEP_NEXT_RUNTIME', '1');
    const page = withScript(`<script>${THEME}</script>`);
    const out = project(page);
    await build(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    const inline = [...page.matchAll(/<script>(.*?)<\/script>|<script id="_R_">(.*?)<\/script>/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(inline).toHaveLength(4);
    expect(inline[0]).toBe(THEME);
    expect(policy(out)).toContain(`script-src 'self' ${inline.map(scriptHash).sort().join(' ')};`);
  });
});

describe('a rebuild of the same export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads every page from .next/cache/finished-pages and writes the same out/', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const page = withScript(`<script data-site-script="">${THEME}</script>`);
    const out = project(page);
    const dir = join(out, '..');
    const files = () => ['index.html', 'blog/x.html', '_headers'].map((f) => readFileSync(join(out, f), 'utf8'));
    const lines = () => log.mock.calls.map(([line]) => String(line).trim());
    await build(out);
    const cold = files();
    expect(lines()).toContain('Pages finished: 2 (0 from .next/cache/finished-pages)');
    expect(lines()).toContain('Framework runtime removed from 2 pages; 2 unused files deleted');
    expect(readdirSync(join(dir, '.next/cache/finished-pages'))).toHaveLength(2);
    log.mockClear();
    project(page, dir);
    await build(out);
    expect(lines()).toContain('Pages finished: 2 (2 from .next/cache/finished-pages)');
    expect(lines()).toContain('Framework runtime removed from 2 pages; 2 unused files deleted');
    expect(files()).toEqual(cold);
    expect(policy(out)).toContain(`script-src 'self' ${scriptHash(THEME)};`);
  });
});
