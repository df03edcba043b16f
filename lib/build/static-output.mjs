// Static pages without the framework runtime. A Next.js export ships React, the router and an
// inline copy of every page (the RSC payload) so the client can take over navigation. These
// pages are documents with plain links, so none of that is needed: this module removes it from
// out/ after the export, leaving HTML, CSS, JSON-LD and the site's own small scripts. What the
// runtime looks like (its script shapes, its paths, its file names) is next-export.mjs's to know;
// this module decides what to cut from each page and stops on what it cannot place.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, removeEmptyDirs } from './files.mjs';
import { exportFileKind, isFrameworkPath, isRuntimeCode, runtimeTraces } from './next-export.mjs';
import {
  SITE_SCRIPT_ATTR,
  clip,
  elementAround,
  elementName,
  isExecutable,
  policyProblems,
  readPage,
  resolveUrl,
  throwProblems,
} from './scripts.mjs';

/** Set KEEP_NEXT_RUNTIME=1 at build time to ship pages exactly as Next.js exports them. */
export const KEEP_RUNTIME_ENV = 'KEEP_NEXT_RUNTIME';

/** The facts of Next.js's runtime (script shapes, file names) are next-export.mjs's: re-exported for the tests. */
export { isRuntimeCode };

/** The heading of the problems that stop the removal (page-cache.mjs throws every page's). */
export const RUNTIME_STOP = 'static output: stopping before changing any page';

/**
 * One page's HTML without the framework, or its problems. Removes, cutting exactly their bytes:
 * scripts loading /_next/, preloads and modulepreloads of /_next/ scripts, and Next.js's inline
 * scripts (isRuntimeCode). Keeps everything else byte for byte: stylesheets, JSON-LD, the site's
 * own scripts (a path on the site, not /_next/; inline ones marked data-site-script, which the
 * CSP then allows by hash). Fails closed: any other script that would run, a script type or
 * attribute code the build cannot classify, a script or preload from another origin, a script
 * preload that nothing left on the page uses, or runtime found anywhere after the removal is a
 * problem, and nothing is removed.
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the problems
 * @returns {{ html: string, problems: import('./scripts.mjs').Problem[] }}
 */
export function runtimeRemoval(html, page = 'index.html') {
  const read = readPage(html);
  const problems = policyProblems(page, read);
  /** @type {{ start: number, end: number }[]} */
  const cuts = [];
  /**
   * @param {import('./scripts.mjs').Located & { text?: string, src?: string }} el
   * @param {string} text
   * @param {boolean} [shape] a script that may be a form of Next.js's runtime next-export.mjs does not know
   */
  const problem = (el, text, shape = false) =>
    problems.push({ at: el.start, end: el.end, line: `${elementName(page, el)} ${text}`, ...(shape && { shape }) });
  /** @param {import('./scripts.mjs').Located & { text?: string, src?: string }} el @param {string} origin */
  const foreign = (el, origin) =>
    problem(
      el,
      `loads from another origin (${origin}); the site serves its files itself and its ` +
        `Content-Security-Policy allows only 'self'. Fix: copy the file under public/ and refer to it by its path.`,
    );
  /** @param {import('./scripts.mjs').Script} script */
  const cut = (script) =>
    script.closed
      ? cuts.push(script)
      : problem(script, 'is not closed before the end of the page, so the build cannot tell where it ends.');

  /** Own scripts the page keeps loading (resolved URLs). */
  const loaded = new Set();
  for (const script of read.scripts) {
    if (script.src !== undefined) {
      const url = resolveUrl(script.src, page);
      if (!url.own) foreign(script, url.origin);
      else if (isFrameworkPath(url.path)) cut(script);
      else loaded.add(url.href);
    } else if (script.kind === 'classic' && isRuntimeCode(script.text)) cut(script);
    else if (isExecutable(script.kind) && !(SITE_SCRIPT_ATTR in script.attrs))
      problem(
        script,
        `is an inline script that is not Next.js's runtime: the build neither drops it nor ships it without ` +
          `its hash in the Content-Security-Policy. Fix: add the attribute ${SITE_SCRIPT_ATTR} to ship it with its hash, ` +
          `or move the code to public/scripts/ and load it with <script src="/scripts/…" defer>.`,
        true,
      );
  }
  for (const link of read.links) {
    const modulePreload = link.rel.includes('modulepreload');
    if ((!modulePreload && !link.rel.includes('preload')) || link.href === undefined) continue;
    const url = resolveUrl(link.href, page);
    if (!url.own) foreign(link, url.origin);
    else if (!modulePreload && link.as !== 'script') continue;
    else if (isFrameworkPath(url.path)) cuts.push(link);
    else if (!loaded.has(url.href))
      problem(
        link,
        `preloads a script that no <script> on the page loads once the runtime is removed (a next/script ` +
          `that only the runtime would have started). Fix: load it with <script src="${clip(link.href, 60)}" defer>.`,
      );
  }

  // What is inside an element cut out, or one already reported, is not a second problem; of the
  // rest, the first is named (the others are most likely the same runtime, wherever it went).
  const covered = [...cuts, ...problems.map((p) => ({ start: p.at, end: p.end ?? p.at }))];
  const left = runtimeTraces(html).filter((m) => !covered.some((c) => c.start <= m.index && m.index < c.end));
  if (left[0]) {
    const { index: at, 0: found } = left[0];
    const around = elementAround(html, at);
    const inside = around.openTag ? `, inside ${clip(around.openTag, 120)}` : '';
    const more = left.length > 1 ? ` (and ${left.length - 1} more)` : '';
    problems.push({
      at,
      shape: true,
      line:
        `out/${page}:${around.line}:${around.col}: ${JSON.stringify(clip(found, 60))}${more} is still on the page once ` +
        `the runtime is removed${inside}: Next.js put its runtime somewhere the removal does not know, or the page ` +
        `quotes it. Fix: teach lib/build/static-output.mjs the new form (build with ${KEEP_RUNTIME_ENV}=1 to see it).`,
    });
  }
  if (problems.length > 0) return { html, problems };

  let stripped = '';
  let from = 0;
  for (const { start, end } of cuts.sort((a, b) => a.start - b.start)) {
    stripped += html.slice(from, start);
    from = end;
  }
  return { html: stripped + html.slice(from), problems };
}

/**
 * One page's HTML without the framework (runtimeRemoval); throws its problems, if any.
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the error
 */
export function stripRuntime(html, page = 'index.html') {
  const result = runtimeRemoval(html, page);
  throwProblems(RUNTIME_STOP, [result.problems]);
  return result.html;
}

/**
 * Files the stripped pages no longer use: Next.js's RSC payloads and JavaScript (what
 * next-export.mjs's exportFileKind calls 'payload' and 'script'). The site's own .txt files
 * (robots.txt, llms.txt) and the framework's CSS and media stay.
 * @param {readonly string[]} files paths relative to out/, with forward slashes
 */
export function unusedFiles(files) {
  const all = new Set(files);
  return files.filter((f) => ['payload', 'script'].includes(exportFileKind(f, all)));
}

/**
 * Deletes the files the stripped pages no longer use (unusedFiles) and the folders left empty;
 * returns how many files. Run once every page of out/ has been stripped (page-cache.mjs finishPages).
 * @param {string} outDir
 */
export function removeUnusedFiles(outDir) {
  const unused = unusedFiles(listFiles(outDir));
  for (const f of unused) rmSync(join(outDir, f));
  removeEmptyDirs(outDir);
  return unused.length;
}
