// `npm run bench`: builds the site twice (with the Next.js runtime, then as shipped without it),
// serves out/, and runs Lighthouse (mobile preset, simulated throttling) on every page of the
// sitemap and on the not-found page. Prints scores, LCP, TBT, CLS, the bytes a phone downloads,
// and the article page against one hand-written HTML file of the same words; writes the same to
// reports/bench.json. A measurement, not a test: it exits non-zero only when something broke
// (build, server, Chrome, a page that failed to load or to score), never for a low score.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { KEEP_RUNTIME_ENV } from '../../lib/build/static-output.mjs';
import { referenceGzipBytes } from '../seed/reference.mjs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The kinds of bytes we report, in table order; `total` is their sum. */
export const KINDS = /** @type {const} */ (['html', 'css', 'js', 'fonts', 'images', 'other', 'total']);
/** A path that is not in the build, so the server answers with the site's not-found page and a 404. */
export const NOT_FOUND_PATH = '/this-page-does-not-exist';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const REPORT = 'reports/bench.json';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {Record<(typeof KINDS)[number], number>} Bytes */
/** @typedef {{ resourceType?: unknown, [size: string]: unknown }} RequestRow */
/**
 * What the bench reads from a Lighthouse result (a real `LH.Result` fits it).
 * @typedef {{
 *   runtimeError?: { code: string, message: string },
 *   categories: Record<string, { score: number | null }>,
 *   audits: Record<string, { numericValue?: number, details?: unknown }>,
 * }} Lhr
 */
/**
 * One page's results. Scores are 0-100 (null when Lighthouse could not score the category);
 * bytes are gzip as transferred and uncompressed, per kind.
 * @typedef {{
 *   path: string, status: number | null,
 *   scores: Record<string, number | null>,
 *   lcpMs: number | null, tbtMs: number | null, cls: number | null,
 *   bytes: { gzip: Bytes, uncompressed: Bytes } | null,
 *   error?: string,
 * }} PageResult
 */

/** Every `<loc>` of a sitemap, in order; throws when there is none. */
export function sitemapLocs(/** @type {string} */ xml) {
  const locs = [...xml.matchAll(/<loc>\s*(.*?)\s*<\/loc>/g)].map((m) => /** @type {string} */ (m[1]));
  if (locs.length === 0) throw new Error('The sitemap lists no <loc> URL: nothing to measure.');
  return locs;
}

/** The origin the build wrote into its URLs, read from the `Sitemap:` line of its robots.txt. */
export function buildOrigin(/** @type {string} */ robotsTxt) {
  const line = /^Sitemap:\s*(\S+)/im.exec(robotsTxt);
  if (!line) throw new Error('robots.txt has no "Sitemap:" line to read the site origin from.');
  return new URL(/** @type {string} */ (line[1])).origin;
}

/** The local server's URL for a sitemap URL on the site's origin; throws for any other origin. */
export function localUrl(/** @type {string} */ loc, /** @type {string} */ origin, /** @type {string} */ base) {
  const url = new URL(loc);
  if (url.origin !== new URL(origin).origin) throw new Error(`${loc} is not on the site's origin ${origin}.`);
  return new URL(url.pathname + url.search, base).href;
}

/**
 * Sums request sizes by kind. Takes the rows of Lighthouse's `resource-summary` (resourceType
 * `document`, `script`…) or `network-requests` (`Document`, `Script`…) and the size field to add
 * up; its `total` and `third-party` rows are summaries of the others and are skipped.
 * @param {RequestRow[]} rows
 * @param {string} field
 * @returns {Bytes}
 */
export function bucketBytes(rows, field) {
  /** @type {Record<string, Exclude<(typeof KINDS)[number], 'total'>>} */
  const kindOf = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };
  const bytes = /** @type {Bytes} */ (Object.fromEntries(KINDS.map((kind) => [kind, 0])));
  for (const row of rows) {
    const type = String(row.resourceType ?? 'other').toLowerCase();
    if (type === 'total' || type === 'third-party') continue;
    const size = row[field];
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) {
      throw new Error(`A ${type} request has no usable ${field} (${JSON.stringify(size)}).`);
    }
    bytes[kindOf[type] ?? 'other'] += size;
    bytes.total += size;
  }
  return bytes;
}

/** One page's figures from its Lighthouse result. */
export function summarize(/** @type {Lhr} */ lhr, /** @type {string} */ path) {
  /** @param {string} id */
  const audit = (id) => lhr.audits[id];
  /** @param {string} id */
  const rows = (id) => {
    const details = /** @type {{ items?: RequestRow[] } | undefined} */ (audit(id)?.details);
    if (!details?.items) throw new Error(`Lighthouse gave no ${id} table for ${path}.`);
    return details.items;
  };
  /** @param {string} id */
  const value = (id) => audit(id)?.numericValue ?? null;
  const requests = rows('network-requests');
  const status = requests.find((r) => r.resourceType === 'Document')?.statusCode;
  return /** @type {PageResult} */ ({
    path,
    status: typeof status === 'number' ? status : null,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: {
      gzip: bucketBytes(rows('resource-summary'), 'transferSize'),
      uncompressed: bucketBytes(requests, 'resourceSize'),
    },
  });
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`A table row has ${row.length} cells for ${header.length} columns.`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Bytes as KiB with one decimal (as Lighthouse's own report counts them). */
export const kib = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/** The printed report: scores and metrics, then bytes gzip as transferred, then uncompressed. */
export function formatReport(/** @type {PageResult[]} */ pages) {
  const show = (/** @type {number | null} */ n, digits = 0) => (n === null ? '-' : n.toFixed(digits));
  const scores = table(
    ['page', 'status', 'perf', 'a11y', 'best-pr', 'seo', 'LCP ms', 'TBT ms', 'CLS'],
    pages.map((p) => [
      p.path,
      p.error ? 'error' : show(p.status),
      ...CATEGORIES.map((c) => show(p.scores[c] ?? null)),
      show(p.lcpMs),
      show(p.tbtMs),
      show(p.cls, 3),
    ]),
  );
  const bytes = (/** @type {'gzip' | 'uncompressed'} */ key) =>
    table(
      ['page', ...KINDS],
      pages.map((p) => [p.path, ...KINDS.map((kind) => (p.bytes ? kib(p.bytes[key][kind]) : '-'))]),
    );
  return [
    scores,
    '',
    'KiB a phone downloads, gzip as transferred, HTTP headers included (html = document, css = stylesheet, js = script):',
    bytes('gzip'),
    '',
    'The same, uncompressed:',
    bytes('uncompressed'),
  ].join('\n');
}

/** What is wrong with one page's result, if anything (a low score is not wrong). */
export function problems(/** @type {PageResult} */ page, /** @type {number} */ expectedStatus) {
  if (page.error) return [`${page.path}: ${page.error}`];
  const found = CATEGORIES.filter((c) => page.scores[c] === null).map((c) => `${page.path}: no ${c} score`);
  if (page.status !== expectedStatus) found.push(`${page.path}: status ${page.status}, expected ${expectedStatus}`);
  return found;
}

/**
 * Resolves to the URL the site's server (tests/static-server.mjs) prints once it listens; rejects
 * when it exits first (a port in use, say) or stays silent for 30 s.
 */
function listeningUrl(/** @type {ChildProcess} */ server) {
  return /** @type {Promise<string>} */ (
    new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`The server did not start within 30 s:\n${output}`)), 30_000);
      const read = (/** @type {Buffer} */ chunk) => {
        output += chunk;
        const url = /Serving .* at (http:\/\/[\w.:[\]-]+)/.exec(output)?.[1];
        if (!url) return;
        clearTimeout(timer);
        resolve(url);
      };
      server.stdout?.on('data', read);
      server.stderr?.on('data', (chunk) => (output += chunk));
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The server exited with code ${code} before listening:\n${output}`));
      });
    })
  );
}

/** Waits until the server answers its home page; fails after 30 s. */
async function waitForServer(/** @type {string} */ base) {
  const answers = () =>
    fetch(base, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.ok)
      .catch(() => false);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (await answers()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer at ${base} within 30 s.`);
}

/**
 * Lighthouse on one page, mobile preset with simulated throttling. A page that fails to load comes
 * back with `error` set rather than throwing, so the other pages are still measured.
 * @param {string} url
 * @param {number} port Chrome's debugging port
 * @param {boolean} notFound the page is meant to answer 404
 * @returns {Promise<{ result: PageResult, lhr?: import('lighthouse').Result }>}
 */
async function measure(url, port, notFound) {
  const path = new URL(url).pathname;
  try {
    const run = await lighthouse(url, {
      port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      // Ask for gzip, which every host and CDN sends (some send brotli to Chrome as well).
      extraHeaders: { 'Accept-Encoding': 'gzip' },
      // Lighthouse refuses a page that answers 404 unless told that this one should.
      ignoreStatusCode: notFound,
    });
    if (!run) throw new Error('Lighthouse returned no result.');
    if (run.lhr.runtimeError) throw new Error(`${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}`);
    return { result: summarize(run.lhr, path), lhr: run.lhr };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const empty = { status: null, scores: {}, lcpMs: null, tbtMs: null, cls: null, bytes: null };
    return { result: { path, ...empty, error: message } };
  }
}

/**
 * Builds the site with `env`, serves out/ and runs Lighthouse on every sitemap page and the
 * not-found page. Returns the results; stops the server and Chrome whatever happens.
 * @param {string} label
 * @param {Record<string, string>} env
 */
async function benchBuild(label, env) {
  console.log(`\n== ${label} ==`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (build.status !== 0) throw new Error('npm run build failed.');
  const origin = buildOrigin(readFileSync('out/robots.txt', 'utf8'));
  const locs = sitemapLocs(readFileSync('out/sitemap.xml', 'utf8'));

  const port = process.env.BENCH_PORT || '3200';
  // The site's own server, as `npm start` and the end-to-end tests use it: out/_headers applied,
  // gzip when asked for.
  const server = spawn(process.execPath, ['tests/static-server.mjs', 'out', port], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  const stop = () => {
    chrome?.kill();
    server.kill();
  };
  // Also on a crash or Ctrl-C: no browser or server outlives the bench.
  process.once('exit', stop);
  try {
    const base = await listeningUrl(server);
    await waitForServer(base);
    console.log(`Serving out/ at ${base}`);
    const urls = [...locs.map((loc) => localUrl(loc, origin, base)), new URL(NOT_FOUND_PATH, base).href];
    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath() ?? chromium.executablePath(),
      chromeFlags: CHROME_FLAGS,
      handleSIGINT: false,
    });
    const browser = /** @type {{ Browser: string }} */ (
      await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((res) => res.json())
    ).Browser;

    /** @type {PageResult[]} */
    const pages = [];
    /** @type {string[]} */
    const broken = [];
    /** @type {import('lighthouse').Result | undefined} */
    let lastLhr;
    for (const [i, url] of urls.entries()) {
      const notFound = i === urls.length - 1;
      console.log(`Lighthouse ${i + 1}/${urls.length}: ${new URL(url).pathname}`);
      const { result, lhr } = await measure(url, chrome.port, notFound);
      pages.push(result);
      broken.push(...problems(result, notFound ? 404 : 200));
      lastLhr = lhr ?? lastLhr;
    }
    return { label, env, origin, browser, pages, broken, lastLhr };
  } finally {
    stop();
    process.removeListener('exit', stop);
  }
}

/**
 * The article page's download against the physical limit (tests/seed/reference.mjs).
 * @param {PageResult | undefined} article
 * @param {number} reference gzip bytes of the hand-written page
 */
export function articleRatio(article, reference) {
  if (!article?.bytes) return null;
  const total = article.bytes.gzip.total;
  return { totalBytes: total, referenceBytes: reference, ratio: total / reference };
}

async function main() {
  process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143));
  // Before and after the framework runtime is removed, measured in one run.
  const runs = [
    await benchBuild('With the Next.js runtime (KEEP_NEXT_RUNTIME=1)', { [KEEP_RUNTIME_ENV]: '1' }),
    await benchBuild('Static output (the site as shipped)', {}),
  ];
  const reference = referenceGzipBytes();
  const date = new Date().toISOString();
  const cpus = availableParallelism();
  const last = runs.at(-1)?.lastLhr;
  console.log(
    `\nLighthouse ${last?.lighthouseVersion ?? '?'}, mobile preset, simulated throttling, gzip; ${runs[0]?.browser}; ` +
      `${cpus} CPUs, Lighthouse CPU benchmark index ${last?.environment.benchmarkIndex ?? null}; ${date}`,
  );
  const summary = [];
  for (const run of runs) {
    console.log(`\n${run.label}\n`);
    console.log(formatReport(run.pages));
    const article = run.pages.find((p) => p.path.startsWith('/blog/'));
    const ratio = articleRatio(article, reference);
    summary.push({ label: run.label, article: article?.path, ...ratio });
  }
  console.log(`\nThe article page against one hand-written HTML file of the same words (${kib(reference)} KiB gzip):`);
  console.log(
    table(
      ['build', 'article KiB gzip', 'x hand-written'],
      summary.map((s) => [s.label, s.totalBytes ? kib(s.totalBytes) : '-', s.ratio ? s.ratio.toFixed(2) : '-']),
    ),
  );
  const settings = { formFactor: 'mobile', throttlingMethod: 'simulate', acceptEncoding: 'gzip' };
  const report = {
    date,
    cpus,
    settings,
    lighthouseVersion: last?.lighthouseVersion,
    browser: runs[0]?.browser,
    benchmarkIndex: last?.environment.benchmarkIndex ?? null,
    referenceBytes: reference,
    runs: runs.map(({ label, env, origin, pages }) => ({ label, env, origin, pages })),
    summary,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWritten to ${REPORT}.`);
  const broken = runs.flatMap((r) => r.broken);
  if (broken.length > 0) throw new Error(`Something broke:\n  ${broken.join('\n  ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
