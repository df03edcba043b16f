import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { thrown } from '@/tests/thrown';
import {
  ADAPTER_HOOK,
  NEXT_VERIFIED,
  checkExportFiles,
  checkNextVersion,
  exportDir,
  exportFileKind,
  installedNextVersion,
  isFrameworkPath,
  nextAdapter,
  routeFiles,
} from './next-export.mjs';
import { finishPages } from './page-cache.mjs';

// Every stop of next-export.mjs names Next.js, the installed version, the verified range and the
// module; these pin the words.
const RANGE = '(verified on Next.js >=16.4 <17)';
const MODULE = 'lib/build/next-export.mjs';

describe('the verified range', () => {
  it('is Next.js >=16.4 <17', () => expect(NEXT_VERIFIED).toBe('>=16.4 <17'));

  it('holds the Next.js this project installs', () => {
    const version = installedNextVersion();
    expect(version).toBe(JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version);
    expect(checkNextVersion(version)).toBe(version);
  });
});

describe('checkNextVersion', () => {
  it.each(['16.4.0', '16.4.6', '16.4.7', '16.9.12', '16.5.0-canary.3', '16.4.6+build.1'])('passes %s', (version) =>
    expect(checkNextVersion(version)).toBe(version),
  );

  const outside = (version: string) =>
    `Next.js ${version} is installed (node_modules/next/package.json), which ${MODULE} does not recognise ${RANGE}. ` +
    `Fix: install the version it was last verified on (npm install next@16.4.6); or, to move to Next.js ${version}, ` +
    `build it, compare out/ with tests/fixtures/next-export/, and update the facts, their tests and the verified ` +
    `range in ${MODULE}.`;

  it.each([
    ['a new major', '17.0.0'],
    ['a prerelease of the next major', '17.0.0-canary.1'],
    ['a later major', '18.2.1'],
    ['an older major', '15.5.4'],
    ['an older minor', '16.3.9'],
    ['a prerelease before the range', '16.4.0-canary.2'],
  ])('stops on %s (%s)', (_, version) => expect(thrown(() => checkNextVersion(version))).toBe(outside(version)));

  const unreadable = (given: string) =>
    `Next.js's node_modules/next/package.json gives ${given}, which ${MODULE} does not recognise ${RANGE}. ` +
    'Fix: reinstall the dependencies (npm ci), then build again.';

  it.each([
    ['a tag', 'latest', 'its version as "latest"'],
    ['an empty string', '', 'its version as ""'],
    ['two numbers', '16.4', 'its version as "16.4"'],
    ['a leading v', 'v16.4.6', 'its version as "v16.4.6"'],
    ['a number', 16, 'its version as 16'],
    ['nothing', undefined, 'no version'],
  ])('stops on a version it cannot read: %s', (_, version, given) =>
    expect(thrown(() => checkNextVersion(version))).toBe(unreadable(given)),
  );
});

/** A project folder with an out/ folder holding `files` (path → content). */
function project(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'next-export-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'out', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'out', file), text);
  }
  mkdirSync(join(dir, 'out'), { recursive: true });
  return dir;
}

describe('exportDir: the adapter context', () => {
  const MISSING =
    `Next.js 16.4.6 called the build adapter's onBuildComplete without projectDir (the project's folder, an ` +
    `absolute path), which ${MODULE} does not recognise ${RANGE}. Fix: find where Next.js 16.4.6 passes projectDir ` +
    '(its adapter types, node_modules/next/dist/build/adapter/build-complete.d.ts), and update ADAPTER_CONTEXT and ' +
    `exportDir in ${MODULE}.`;

  it.each([
    ['no context', undefined],
    ['null', null],
    ['a context without projectDir', { distDir: '/p/.next', repoRoot: '/p' }],
    ['projectDir that is not a string', { projectDir: 42 }],
    ['an empty projectDir', { projectDir: '' }],
    ['a string for a context', '/p'],
  ])('stops on %s', (_, context) => expect(thrown(() => exportDir(context, '16.4.6'))).toBe(MISSING));

  it('gives out/ in the project', () => {
    const dir = project();
    expect(exportDir({ projectDir: dir, nextVersion: '16.4.6' }, '16.4.6')).toBe(join(dir, 'out'));
  });

  it('stops when the project has no out/ folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'next-export-'));
    expect(thrown(() => exportDir({ projectDir: dir }, '16.4.6'))).toBe(
      `Next.js 16.4.6 finished the build without an out/ folder in ${dir}, which ${MODULE} does not recognise ` +
        `${RANGE}. Fix: check that next.config.mjs still sets output: 'export'; if it does, find where Next.js ` +
        `16.4.6 writes the export and update EXPORT_DIR in ${MODULE}.`,
    );
  });
});

describe('exportFileKind: the files of the export', () => {
  // Beside each: the other files of the export it is read with.
  const OTHERS = ['index.html', 'blog/x.html'];
  it.each([
    ['index.txt', 'payload'],
    ['blog/x.txt', 'payload'],
    ['__next._tree.txt', 'payload'],
    ['__next._full.txt', 'payload'],
    ['blog/x/__next.blog.$d$slug.__PAGE__.txt', 'payload'],
    ['_not-found/__next._not-found.__PAGE__.txt', 'payload'],
    ['_next/static/chunks/0j1we3cwg31qe.js', 'script'],
    ['_next/static/build-id/_buildManifest.js', 'script'],
    ['_next/static/chunks/0zjhsu3qqim6v.css', 'asset'],
    ['_next/static/media/icon.40rk6f5w8kb0g.svg', 'asset'],
    ['index.html', 'site'],
    ['robots.txt', 'site'],
    ['llms.txt', 'site'],
    ['notes.txt', 'site'],
    ['blog/x.md', 'site'],
    ['feed.xml', 'site'],
    ['media', 'site'],
    ['scripts/toc.js', 'site'],
    ['index.rsc', 'unknown'],
    ['blog/x.segments/_tree.segment.rsc', 'unknown'],
    ['__next.blog.x.rsc', 'unknown'],
    ['blog/x/__next_data.json', 'unknown'],
    ['_next/data/build-id/index.json', 'unknown'],
    ['_next/image/x.png', 'unknown'],
  ])('%s: %s', (file, kind) => expect(exportFileKind(file, new Set([...OTHERS, file]))).toBe(kind));

  it('passes an export whose files it all knows', () =>
    expect(() =>
      checkExportFiles(['index.html', 'index.txt', '_next/static/chunks/a.js', 'robots.txt'], '16.4.6'),
    ).not.toThrow());

  const unknown = (files: string) =>
    `Next.js 16.4.6 wrote ${files}, which ${MODULE} does not recognise as a file of Next.js's (a page's ` +
    `<page>.txt payload, __next.*.txt, _next/static/…) or the site's own ${RANGE}. Fix: read what Next.js ` +
    `16.4.6 writes there (out/ is as it wrote it), then teach exportFileKind in ${MODULE} whether to delete it ` +
    '(a payload or script the stripped pages no longer use) or keep it.';

  it.each([
    ['one payload-like file', ['index.html', 'index.rsc'], 'out/index.rsc'],
    [
      'many, naming five',
      ['a.rsc', 'b.rsc', 'c.rsc', 'd.rsc', '__next.e', 'f.rsc', 'g.rsc'],
      'out/a.rsc, out/b.rsc, out/c.rsc, out/d.rsc, out/__next.e and 2 more',
    ],
  ])('stops on %s', (_, files, named) => expect(thrown(() => checkExportFiles(files, '16.4.6'))).toBe(unknown(named)));
});

describe('the runtime: paths and route files', () => {
  it.each([
    ['/_next/static/chunks/a.js', true],
    ['/_next/x.js', true],
    ['/scripts/toc.js', false],
    ['/blog/_next/a.js', false],
  ])('%s is framework code: %s', (path, framework) => expect(isFrameworkPath(path)).toBe(framework));

  it('names the files a route writes: its page, its payload and its own path', () =>
    expect(routeFiles('blog/page/_none')).toEqual(['blog/page/_none.html', 'blog/page/_none.txt', 'blog/page/_none']));
});

describe('a script that is neither Next.js’s runtime nor the site’s own', () => {
  const STOP = 'static output: stopping before changing any page:\n';
  const CLOSING =
    `Next.js 16.4.6 wrote pages holding the scripts or runtime names above, which ${MODULE} does not recognise as ` +
    `Next.js's runtime or the site's own ${RANGE}. Fix: for a script of the site's own, follow the Fix on its line; ` +
    "for a new form of Next.js's runtime, read it in out/ (the pages are as Next.js wrote them), then add it to " +
    `RUNTIME_CALLS or RUNTIME_TRACES in ${MODULE}, with a row in its test.`;
  const FIX_INLINE =
    "is an inline script that is not Next.js's runtime: the build neither drops it nor ships it without its hash in " +
    'the Content-Security-Policy. Fix: add the attribute data-site-script to ship it with its hash, or move the code ' +
    'to public/scripts/ and load it with <script src="/scripts/…" defer>.';
  const FIX_LEFT =
    'Next.js put its runtime somewhere the removal does not know, or the page quotes it. Fix: teach ' +
    'lib/build/static-output.mjs the new form (build with KEEP_NEXT_RUNTIME=1 to see it).';
  const FIX_ORIGIN =
    "the site serves its files itself and its Content-Security-Policy allows only 'self'. Fix: copy " +
    'the file under public/ and refer to it by its path.';

  it.each([
    [
      'a new form of the payload call',
      '<script>self.__next_r.push([1,"x"])</script>',
      `out/index.html:1:1: <script> holding "self.__next_r.push([1,"x"])" ${FIX_INLINE}\n${CLOSING}`,
    ],
    [
      'the payload call with code after it',
      '<script>self.__next_f.push([1,"x"]);go()</script>',
      `out/index.html:1:1: <script> holding "self.__next_f.push([1,"x"]);go()" ${FIX_INLINE}\n${CLOSING}`,
    ],
    [
      'the payload moved into a data block',
      '<script type="application/json">self.__next_f.push([1,"x"])</script>',
      `out/index.html:1:38: "__next_f" is still on the page once the runtime is removed, inside <script type="application/json">: ${FIX_LEFT}\n${CLOSING}`,
    ],
    [
      'a script type the build does not know',
      '<script type="speculationrules">{}</script>',
      'out/index.html:1:1: <script type="speculationrules"> holding "{}" has a script type the build does not know ' +
        '("speculationrules"), so it cannot tell whether a browser runs it. Fix: no type (or type="module") for code; ' +
        `type="application/ld+json" or "application/json" for data.\n${CLOSING}`,
    ],
    [
      'a script from another origin (the site’s, not a shape: no closing paragraph)',
      '<script src="https://cdn.example/lib.js"></script>',
      `out/index.html:1:1: <script src="https://cdn.example/lib.js"> loads from another origin (https://cdn.example); ${FIX_ORIGIN}`,
    ],
  ])('stops the build on %s, naming Next.js, its version and the module, and changes nothing', (_, html, lines) => {
    const out = join(project({ 'index.html': html, 'index.txt': 'rsc' }), 'out');
    const finish = () => finishPages(out, { siteLanguage: 'en', keepRuntime: false, nextVersion: '16.4.6' });
    expect(thrown(finish)).toBe(STOP + lines);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(html);
    expect(existsSync(join(out, 'index.txt'))).toBe(true);
  });
});

describe('nextAdapter: the hook Next.js calls', () => {
  const version = installedNextVersion() as string;

  it(`is ${ADAPTER_HOOK}, and runs the finishing steps on out/ with the installed version`, async () => {
    const finish = vi.fn(async () => undefined);
    const dir = project({ 'index.html': '<p>x</p>', 'index.txt': 'rsc' });
    await nextAdapter('test', finish).onBuildComplete!({ projectDir: dir } as never);
    expect(finish).toHaveBeenCalledWith({ out: join(dir, 'out'), projectDir: dir, nextVersion: version });
  });

  it.each([
    ['a context without projectDir', () => ({}), "called the build adapter's onBuildComplete without projectDir"],
    [
      'a payload-like file it does not know',
      () => ({ projectDir: project({ 'index.html': '<p>x</p>', 'index.rsc': 'rsc' }) }),
      'wrote out/index.rsc, which lib/build/next-export.mjs does not recognise',
    ],
  ])('stops on %s before the finishing steps run', async (_, context, words) => {
    const finish = vi.fn(async () => undefined);
    const hook = nextAdapter('test', finish).onBuildComplete!(context() as never);
    await expect(hook).rejects.toThrow(`Next.js ${version} ${words}`);
    await expect(hook).rejects.toThrow(RANGE);
    expect(finish).not.toHaveBeenCalled();
  });
});
