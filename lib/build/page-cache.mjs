// The pages of out/ finished in one pass, each kept between builds. After the export, each page is
// read once and finished: the framework's runtime removed (static-output.mjs), its language set on
// <html> (page-language.mjs), and what the Content-Security-Policy needs of it noted, its inline
// scripts and where its forms post (headers.mjs). Each of those is a full parse of the page, and a
// rebuild exports most pages byte for byte as the build before did (the build ID is a hash of the
// code: build-id.mjs), so each finished page is kept in .next/cache/finished-pages/, named by a
// hash of what finishing it depends on: the page's bytes and path, the site's language, whether
// the runtime is kept, and the code that finishes it (this module and every module it imports,
// found by following the imports, and the locked package versions: lib/content/snapshot.ts
// codeKey; the graph also follows the type imports in comments, so it holds the cache's own
// modules too: more than the finishing code, never less). An edit to any of them reads as another
// name, never a stale page. Like the content's caches, an entry is a sealed file
// (lib/content/sealed-file.ts): a partial or damaged one is finished again, never trusted. Only
// finished pages are kept, never problems: a page with one is read and fails again on every build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { listFiles } from './files.mjs';
import { SCRIPTS_STOP, pageForms, pageScripts } from './headers.mjs';
import { unrecognisedScripts } from './next-export.mjs';
import { LANGUAGE_STOP, pageLanguage } from './page-language.mjs';
import { problemsMessage } from './scripts.mjs';
import { RUNTIME_STOP, runtimeRemoval } from './static-output.mjs';

/**
 * Where the finished pages are kept, from the project's root: like the drawn covers and the parsed
 * trees, in .next/cache, which Next.js leaves in place between builds and hosts restore.
 */
export const FINISHED_PAGES_DIR = '.next/cache/finished-pages';

/** This module, from the project's root: the code a finished page depends on is what it imports. */
export const PAGE_CACHE_ENTRY = 'lib/build/page-cache.mjs';

/** The project this module is part of, where its code key reads the code. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The kind of sealed file (lib/content/sealed-file.ts); bump the format when the layout changes. */
const ENTRY = { magic: 'finished-page', format: 1 };
const EXT = '.page';

/** @typedef {'runtime' | 'language' | 'scripts' | 'forms'} Step */
/** @typedef {import('./scripts.mjs').Problem & { step: Step }} PageProblem a problem, and the step that found it */
/** @typedef {{ siteLanguage: string, keepRuntime: boolean }} FinishOptions */
/**
 * @typedef {{ html: string, lang?: string, scripts: string[], forms: string[] }} Finished
 * A finished page: its HTML, the language set on its <html> (none when it is the site's), the
 * inline scripts a browser would run on it (for the CSP's hashes) and the other origins its forms
 * post to (for the CSP's form-action).
 */

/**
 * The steps of finishing a page, in order, and how each says its problems: under the heading it
 * had when it was a pass of its own over out/, so the messages read as they did. A form's problem
 * is a whole message of its own.
 * @type {readonly { step: Step, heading?: string, indent: string }[]}
 */
const STEPS = [
  { step: 'runtime', heading: RUNTIME_STOP, indent: '' },
  { step: 'language', heading: LANGUAGE_STOP, indent: '  ' },
  { step: 'scripts', heading: SCRIPTS_STOP, indent: '' },
  { step: 'forms', indent: '' },
];

/**
 * One page of out/ finished: the runtime removed (runtimeRemoval) unless it is kept, the language
 * set on <html> (pageLanguage), then the inline scripts and form origins of the finished HTML
 * (pageScripts, pageForms). A page stops at its first step with problems (the next would read
 * what that one did not make); a page that is not UTF-8 stops before any.
 * @param {Buffer} raw the page as Next.js exported it
 * @param {string} page its path relative to out/
 * @param {FinishOptions} options
 * @returns {Finished & { problems: PageProblem[] }}
 */
export function finishPage(raw, page, { siteLanguage, keepRuntime }) {
  const text = raw.toString('utf8');
  /** @param {Step} step @param {import('./scripts.mjs').Problem[]} problems */
  const stop = (step, problems) => ({
    html: text,
    scripts: [],
    forms: [],
    problems: problems.map((problem) => ({ ...problem, step })),
  });
  if (!Buffer.from(text, 'utf8').equals(raw))
    return stop('runtime', [{ at: 0, line: `out/${page}: is not valid UTF-8; the build reads pages as UTF-8.` }]);
  const removed = keepRuntime ? { html: text, problems: [] } : runtimeRemoval(text, page);
  if (removed.problems.length) return stop('runtime', removed.problems);
  const { html, lang, problem } = pageLanguage(removed.html, page, siteLanguage);
  if (problem) return stop('language', [{ at: 0, line: problem }]);
  const scripts = pageScripts(html, page);
  if (scripts.problems.length) return stop('scripts', scripts.problems);
  const forms = pageForms(html, page);
  if (forms.problems.length) return stop('forms', forms.problems);
  return { html, ...(lang && { lang }), scripts: scripts.scripts, forms: forms.origins, problems: [] };
}

/**
 * The message that stops the build on the problems of these pages, or '' when they have none:
 * each step's problems under its heading, each page's in page order. Given the installed
 * Next.js's version, a stop on scripts that may be a form of Next.js's runtime ends the runtime's
 * part with next-export.mjs's unrecognisedScripts paragraph.
 * @param {readonly { problems: readonly PageProblem[] }[]} pages
 * @param {string} [nextVersion]
 */
export function pageProblems(pages, nextVersion = undefined) {
  return STEPS.flatMap(({ step, heading, indent }) => {
    const found = pages.map((p) => p.problems.filter((x) => x.step === step));
    const shape = step === 'runtime' && nextVersion !== undefined && found.some((page) => page.some((x) => x.shape));
    const message = problemsMessage(heading, found, shape ? unrecognisedScripts(nextVersion) : undefined, indent);
    return message ? [message] : [];
  }).join('\n\n');
}

/**
 * The code key of the finishing code: every module this one imports, followed through the import
 * graph (lib/build/import-graph.ts), the locked package versions, and Node.js's.
 * @param {string} [project] the project's root, where the code is read
 * @returns {Promise<string>}
 */
export async function finishingCodeKey(project = PROJECT) {
  /** @type {typeof import('../content/snapshot')} */
  const { codeKey } = await tsImport('../content/snapshot.ts', import.meta.url);
  return codeKey(PAGE_CACHE_ENTRY, project);
}

/**
 * @typedef {{
 *   get(raw: Buffer, page: string, options: FinishOptions): Finished | undefined,
 *   set(raw: Buffer, page: string, options: FinishOptions, finished: Finished): void,
 *   prune(): void,
 * }} PageCache
 * `get` is the page finished before from these bytes at this path with these options, or
 * undefined; `set` keeps it (a file that cannot be written is left out, not an error: the page is
 * finished again next time); `prune` deletes every entry of the folder neither got nor set since
 * the cache was opened (older pages, older code), nothing when none was.
 */

/**
 * The finished pages of the code whose key is `codeKey`, in `dir` (made on the first write).
 * @param {string} dir
 * @param {string} codeKey finishingCodeKey()
 * @returns {Promise<PageCache>}
 */
export async function openPageCache(dir, codeKey) {
  /** @type {typeof import('../content/sealed-file')} */
  const { cacheFolder, readSealed, sha256, writeSealed } = await tsImport('../content/sealed-file.ts', import.meta.url);
  const folder = cacheFolder(dir);
  /** @param {Buffer} raw @param {string} page @param {FinishOptions} options */
  const nameOf = (raw, page, { siteLanguage, keepRuntime }) =>
    `${sha256(codeKey, '\0', siteLanguage, '\0', keepRuntime ? 'runtime kept' : 'runtime removed', '\0', page, '\0', raw)}${EXT}`;
  /** @param {string} file */
  const load = (file) => {
    const sealed = readSealed(file, ENTRY);
    return 'problem' in sealed || sealed.fields.length ? undefined : readFinished(sealed.body);
  };
  return {
    get: (raw, page, options) => folder.get(nameOf(raw, page, options), load),
    set: (raw, page, options, { html, lang, scripts, forms }) =>
      folder.set(nameOf(raw, page, options), (file) =>
        writeSealed(file, ENTRY, [Buffer.from(JSON.stringify({ html, lang, scripts, forms }))]),
      ),
    prune: () => folder.prune(),
  };
}

/**
 * The finished page an entry's body holds, or undefined when it is not one (JSON of another shape).
 * @param {Buffer} body
 * @returns {Finished | undefined}
 */
function readFinished(body) {
  let value;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const strings = (/** @type {unknown} */ list) => Array.isArray(list) && list.every((s) => typeof s === 'string');
  if (typeof value?.html !== 'string' || !strings(value.scripts) || !strings(value.forms)) return undefined;
  if (value.lang !== undefined && typeof value.lang !== 'string') return undefined;
  return { html: value.html, ...(value.lang && { lang: value.lang }), scripts: value.scripts, forms: value.forms };
}

/**
 * Finishes every page of out/ (finishPage), each from the cache when it holds the page. Reads and
 * checks every page first: on any problem it throws them all (pageProblems), having written
 * nothing, to out/ or to the cache. Then writes each page, keeps each page finished
 * here in the cache, and prunes the cache of what this build did not use.
 * @param {string} out
 * @param {FinishOptions & { nextVersion?: string, cache?: PageCache }} options
 */
export function finishPages(out, { siteLanguage, keepRuntime, nextVersion = undefined, cache = undefined }) {
  const options = { siteLanguage, keepRuntime };
  const pages = listFiles(out)
    .filter((f) => f.endsWith('.html'))
    .map((page) => {
      const raw = readFileSync(join(out, page));
      const kept = cache?.get(raw, page, options);
      return {
        page,
        raw,
        cached: kept !== undefined,
        ...(kept ? { ...kept, problems: [] } : finishPage(raw, page, options)),
      };
    });
  const message = pageProblems(pages, nextVersion);
  if (message) throw new Error(message);
  /** @type {Record<string, number>} */
  const languages = {};
  /** @type {Map<string, { scripts: string[], forms: string[] }>} */
  const facts = new Map();
  for (const { page, raw, cached, html, lang, scripts, forms } of pages) {
    // Every page written, changed or not: comparing would decode each raw page again, which took
    // longer (1.6 s for 1,205 pages from the cache) than writing them all (0.2 s).
    writeFileSync(join(out, page), html);
    if (!cached) cache?.set(raw, page, options, { html, ...(lang && { lang }), scripts, forms });
    if (lang) languages[lang] = (languages[lang] ?? 0) + 1;
    facts.set(page, { scripts, forms });
  }
  cache?.prune();
  return { pages: pages.length, cached: pages.filter((p) => p.cached).length, languages, facts };
}
