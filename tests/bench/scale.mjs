// `npm run bench:scale`: how the build grows with the number of articles. Writes N copies of one
// article (the first folder under content/, or --from) to .tmp/scale-<N>/, each with its own
// folder, slug, title, headline, idea and dates (so no cover comes from the cover cache), and times
// one cold `next build` of each (.next/ and out/ removed first), sampling the peak memory of the
// build's whole process tree and the load average before and after. --warm (and --full) then edits
// one article's text and builds the largest N again with .next/cache kept (the rest of .next/
// removed, as a host restores it between deploys). Each build's
// output lines are timestamped as they arrive, which gives the time of each stage, and the route
// handlers log their own time (BUILD_PROFILE_LOG, lib/build/build-profile.ts), which gives the time of
// each kind of route. The copies must pass `npm run check` first (untimed), as a real
// `npm run build` requires. Prints the tables and writes them to docs/performance.md under
// "## Build time as the site grows", above the marker line that keeps the notes below it. A
// measurement, not a test: it exits non-zero only when something broke (bad arguments, a build
// that failed), never for a slow build. Run small N while developing:
// `node tests/bench/scale.mjs --n 1,3 --warm`. Each build's timestamped output and route log are
// kept in .tmp/scale-logs/.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  createWriteStream,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';

export const HEADING = '## Build time as the site grows';
const DOC = 'docs/performance.md';
const DEFAULT_NS = [1, 200];
const FULL_N = 1000;
const SAMPLE_MS = 250;
const LOGS = '.tmp/scale-logs';
/** The fields of article.mdx each copy changes; every other byte of every file stays as it was. */
const COPIED_FIELDS = /** @type {const} */ (['slug', 'headline', 'title', 'published', 'updated']);
/** The schema's limits (lib/content/parse/schema.ts, lib/art/idea.ts). */
const MAX_TITLE = 70;
const MAX_HEADLINE = 160;
const MAX_IDEA_FROM = 32;

export const USAGE = `Usage: npm run bench:scale -- [--n 1,10,50] [--full] [--warm] [--from <article folder>] [--keep]
  --n <list>     the article counts to build cold, comma-separated positive integers (default ${DEFAULT_NS.join(',')})
  --full         also build ${FULL_N} articles cold, then warm
  --warm         then build the largest N again with .next/cache kept and one article's text edited
  --from <dir>   the article to copy (default: the first article folder under content/)
  --keep         keep the generated .tmp/scale-<N>/ folders`;

/** @typedef {{ ns: number[], warm: boolean, from: string | undefined, keep: boolean, help: boolean }} Options */
/** @typedef {{ name: string, source: string }} SourceFile */
/** @typedef {{ dir: string, name: string, files: SourceFile[] }} Fixture */
/** @typedef {{ t: number, text: string }} OutputLine a line of a build's output, `t` seconds after it started */
/** @typedef {{ stage: string, seconds: number }} Stage */
/** @typedef {{ kind: string, path: string, ms: number, start?: number }} RouteTime */
/**
 * @typedef {{ kind: string, routes: number, ms: number, maxMs: number, busyMs?: number }} RouteKindTotal
 * `ms` sums each route's time; `busyMs` is the wall time during which at least one was in
 * progress (routes overlap: a worker handles several at once, and there are several workers).
 */
/**
 * @typedef {{
 *   n: number, warm?: boolean, seconds: number, peakKiB: number, pages: number, workers?: number,
 *   load?: [number, number], stages?: Stage[], routes?: RouteKindTotal[], timedBusyMs?: number
 * }} Result
 */
/**
 * @typedef {{ cores: number, memoryGiB: number, cpu: string, node: string, next: string }} Machine
 */

/**
 * The options of a command line (the arguments after the script). Throws on an unknown flag, a
 * flag without its value, or an N that is not a positive integer.
 * @param {readonly string[]} argv
 * @returns {Options}
 */
export function parseArgs(argv) {
  /** @type {number[] | undefined} */
  let ns;
  /** @type {string | undefined} */
  let from;
  let full = false;
  let warm = false;
  let keep = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new Error(`${flag} needs a value.\n${USAGE}`);
      }
      return v;
    };
    if (flag === '--n') ns = parseCounts(value());
    else if (flag === '--from') from = value();
    else if (flag === '--full' && inline === undefined) full = true;
    else if (flag === '--warm' && inline === undefined) warm = true;
    else if (flag === '--keep' && inline === undefined) keep = true;
    else if ((flag === '--help' || flag === '-h') && inline === undefined) help = true;
    else throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
  }
  const counts = new Set([...(ns ?? DEFAULT_NS), ...(full ? [FULL_N] : [])]);
  return { ns: [...counts].sort((a, b) => a - b), warm: warm || full, from, keep, help };
}

/** `1,10,50` as numbers; throws for anything that is not a positive integer. */
function parseCounts(/** @type {string} */ list) {
  return list.split(',').map((part) => {
    const text = part.trim();
    if (!/^[1-9]\d*$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new Error(`--n takes positive whole numbers such as 1,10,50; "${text}" is not one.`);
    }
    return Number(text);
  });
}

/**
 * The article to copy: `from`, or else the first sub-folder of `contentDir` (by name, as the
 * loader orders them) that holds an article.mdx. Reads its .mdx files, the only files the loader
 * reads. Throws, saying what to point --from at, when there is no such article.
 * @param {string | undefined} from
 * @param {string} [contentDir]
 * @returns {Fixture}
 */
export function findFixture(from, contentDir = 'content') {
  let dir = from;
  if (dir === undefined) {
    if (!existsSync(contentDir)) throw new Error(`No ${contentDir}/ folder to take an article from. Use --from.`);
    const first = readdirSync(contentDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(contentDir, d.name, 'article.mdx')))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b))[0];
    if (!first) throw new Error(`${contentDir}/ has no article folder (a folder holding article.mdx). Use --from.`);
    dir = join(contentDir, first);
  } else if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`--from ${dir}: no such folder. Point --from at an article folder (one holding article.mdx).`);
  } else if (!existsSync(join(dir, 'article.mdx'))) {
    throw new Error(
      `--from ${dir}: the folder has no article.mdx, so it is not an article. ` +
        'Point --from at a folder holding article.mdx and its NN-name.mdx sections.',
    );
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(dir, name), 'utf8') }));
  return { dir, name: basename(dir), files };
}

/**
 * `text` with ` (copy i)` after it, cut so the whole is at most `max` characters (as the schema
 * counts them: UTF-16 units), ending on a whole word where one is near, never in the middle of a
 * surrogate pair, and without trailing spaces or punctuation.
 * @param {string} text
 * @param {number} i
 * @param {number} max
 */
export function numbered(text, i, max) {
  const suffix = ` (copy ${i})`;
  const room = max - suffix.length;
  if (room < 1) throw new Error(`No room for "${suffix.trim()}" in ${max} characters.`);
  let base = text.trim();
  if (base.length > room) {
    let cut = room;
    const last = base.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // keep a character outside the BMP whole
    const space = base.lastIndexOf(' ', cut);
    if (/\S/.test(base[cut] ?? '') && space > room / 2) cut = space; // end on a whole word
    base = base.slice(0, cut).replace(/[\s,;:–—-]+$/, '');
  }
  return `${base}${suffix}`;
}

/**
 * An ISO 8601 date-time moved by `hours`, written in the timezone it was written in
 * (2026-03-10T09:00:00+02:00 stays +02:00, …Z stays Z). Throws when it has no timezone.
 * @param {string} iso
 * @param {number} hours
 */
export function shiftDate(iso, hours) {
  const zone = /(Z|[+-](\d{2}):(\d{2}))$/.exec(iso);
  const ms = Date.parse(iso);
  if (!zone || !/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(ms)) {
    throw new Error(`"${iso}" is not a date, time and timezone such as 2026-03-10T09:00:00+00:00.`);
  }
  const sign = zone[1]?.startsWith('-') ? -1 : 1;
  const offsetMs = zone[1] === 'Z' ? 0 : sign * (Number(zone[2]) * 60 + Number(zone[3])) * 60_000;
  const local = new Date(ms + hours * 3_600_000 + offsetMs).toISOString(); // wall-clock time in that zone
  const withoutMs = local.endsWith('.000Z') ? local.slice(0, -5) : local.slice(0, -1);
  return `${withoutMs}${zone[1]}`;
}

/**
 * Links to the article's own page (`/blog/<from>`, its #anchors, its .md twin and cover images)
 * pointed at the copy's page instead. Only site paths: `/blog/<from>-more` and other sites'
 * `https://…/blog/<from>` are left alone.
 * @param {string} source
 * @param {string} from
 * @param {string} to
 */
export function rewriteSelfLinks(source, from, to) {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return source.replace(new RegExp(`(?<![\\w.~/-])/blog/${escaped}(?![\\w-])`, 'g'), `/blog/${to}`);
}

/**
 * An MDX file with some frontmatter fields given new string values: top-level fields by name, or
 * fields of a map by a dotted path (`idea.from`). Only those values' text changes: comments,
 * order, quoting and every other field stay byte for byte.
 * @param {string} source
 * @param {Record<string, string>} values
 * @param {string} file the file, for messages
 */
export function setFrontmatter(source, values, file) {
  const block = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!block) throw new Error(`${file} has no frontmatter (a block between two --- lines) to copy.`);
  const yaml = block[1] ?? '';
  const start = block[0].indexOf('\n') + 1;
  const doc = parseDocument(yaml);
  if (doc.errors.length || !isMap(doc.contents)) throw new Error(`${file}: its frontmatter is not a valid YAML map.`);
  /** @type {[number, number, string][]} */
  const edits = [];
  for (const [key, value] of Object.entries(values)) {
    const node = doc.getIn(key.split('.'), true);
    const range = isScalar(node) ? node.range : undefined;
    if (!range) throw new Error(`${file} has no "${key}" field to copy.`);
    const old = yaml.slice(range[0], range[1]);
    const scalar = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
    edits.push([range[0], range[1], old.endsWith('\n') ? `${scalar}\n` : scalar]);
  }
  let edited = yaml;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) {
    edited = edited.slice(0, from) + text + edited.slice(to);
  }
  return source.slice(0, start) + edited + source.slice(start + yaml.length);
}

/** The string fields of a frontmatter block; throws when it has none. */
export function frontmatterOf(/** @type {string} */ source, /** @type {string} */ file) {
  const yaml = /^---\r?\n([\s\S]*?\r?\n)?---/.exec(source)?.[1];
  const data = yaml === undefined ? undefined : parseDocument(yaml).toJS();
  if (!data || typeof data !== 'object') throw new Error(`${file} has no frontmatter to copy.`);
  return /** @type {Record<string, unknown>} */ (data);
}

/**
 * Copy `i` of `n` of an article: folder `<name>-<i>` (zero-padded so folders sort in copy order),
 * slug `<slug>-<i>`, headline and title (and the idea's first label, `idea.from`, when the article
 * has one) ending in "(copy i)", published and updated i - 1 hours
 * earlier (distinct for every copy, newest first, updated still not before published), links to
 * the article's own page pointed at the copy's. Everything else is the article's text unchanged.
 * @param {Fixture} fixture
 * @param {number} i 1 to n
 * @param {number} n
 * @returns {{ folder: string, slug: string, files: SourceFile[] }}
 */
export function copyArticle(fixture, i, n) {
  const file = `${fixture.dir}/article.mdx`;
  const article = fixture.files.find((f) => f.name === 'article.mdx');
  if (!article) throw new Error(`${fixture.dir} has no article.mdx to copy.`);
  const meta = frontmatterOf(article.source, file);
  for (const field of COPIED_FIELDS) {
    if (typeof meta[field] !== 'string') throw new Error(`${file} has no "${field}" text to copy.`);
  }
  const { slug, headline, title, published, updated } = /** @type {Record<(typeof COPIED_FIELDS)[number], string>} */ (
    meta
  );
  const copySlug = `${slug}-${i}`;
  /** @type {Record<string, string>} */
  const values = {
    slug: copySlug,
    headline: numbered(headline, i, MAX_HEADLINE),
    title: numbered(title, i, MAX_TITLE),
    published: shiftDate(published, -(i - 1)),
    updated: shiftDate(updated, -(i - 1)),
  };
  const idea = /** @type {{ from?: unknown } | undefined} */ (meta.idea);
  if (idea && typeof idea === 'object' && typeof idea.from === 'string') {
    values['idea.from'] = numbered(idea.from, i, MAX_IDEA_FROM);
  }
  const files = fixture.files.map((f) => ({
    name: f.name,
    source:
      f.name === 'article.mdx' ? setFrontmatter(f.source, values, file) : rewriteSelfLinks(f.source, slug, copySlug),
  }));
  const folder = `${fixture.name}-${String(i).padStart(String(n).length, '0')}`;
  return { folder, slug: copySlug, files };
}

/** The parent pid in a /proc/<pid>/stat line (the command name may hold spaces and parentheses). */
export function parentPid(/** @type {string} */ stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  if (!Number.isInteger(ppid)) throw new Error(`Not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return ppid;
}

/** VmRSS in KiB from a /proc/<pid>/status text; 0 when there is none (a zombie, a kernel thread). */
export function rssKiB(/** @type {string} */ status) {
  const match = /^VmRSS:\s*(\d+)\s*kB/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/**
 * `root` and all its descendants, given each process's parent.
 * @param {ReadonlyMap<number, number>} parents pid → parent pid
 * @param {number} root
 */
export function processTree(parents, root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const child of children.get(/** @type {number} */ (tree[i])) ?? []) {
      if (!tree.includes(child)) tree.push(child);
    }
  }
  return tree;
}

/** Reads a /proc file, or undefined when the process has gone. */
function procFile(/** @type {string} */ path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The summed VmRSS (KiB) of `root` and every process below it, now. */
function treeRssKiB(/** @type {number} */ root) {
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procFile(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentPid(stat));
  }
  return processTree(parents, root).reduce((sum, pid) => sum + rssKiB(procFile(`/proc/${pid}/status`) ?? ''), 0);
}

/** Numbers as the docs write them: thousands separated by commas, a fixed number of decimals. */
const fmt = (/** @type {number} */ n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Seconds per article with enough decimals to compare small values. */
const perArticle = (/** @type {number} */ s) => fmt(s, s >= 10 ? 1 : s >= 1 ? 2 : 3);

/**
 * A Markdown table laid out as Prettier lays it out (so `prettier --check` passes on the doc).
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('left' | 'right')[]} align one a column
 */
export function markdownTable(header, rows, align) {
  for (const row of [align, ...rows]) {
    if (row.length !== header.length)
      throw new Error(`A table row has ${row.length} cells for ${header.length} columns.`);
  }
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const right = (/** @type {number} */ i) => align[i] === 'right';
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => (right(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = widths.map((w, i) => (right(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A result's name in the tables: `200 cold`, `1,000 warm`. */
export const buildName = (/** @type {Result} */ r) => `${fmt(r.n)} ${r.warm ? 'warm' : 'cold'}`;

/**
 * The stages of a build, in the order they run, and the line of output that ends each: the first
 * line matching its pattern after the end of the stage before (for the Markdown twins, the last
 * of their lines). Next.js prints a line as a stage starts ("Collecting page data using 2
 * workers ...") more reliably than one as it ends, so most stages end where the next one's first
 * line is. A stage whose line is missing is left out, its time going to the next; what follows
 * the last one (Next.js's route list, the process exiting) is "the rest".
 * @type {readonly (readonly [string, RegExp, 'first' | 'last'])[]}
 */
export const STAGES = [
  ['config, content parse included', /Running next\.config\.\w+ took/, 'first'],
  ['compile', /Compiled successfully|Compiled with warnings|Failed to compile/, 'first'],
  ['TypeScript', /Collecting page data/, 'first'],
  ['collecting page data', /Generating static pages/, 'first'],
  ['generating static pages', /Finalizing page optimization/, 'first'],
  ['finalizing', /Running onBuildComplete/, 'first'],
  ['adapter: Markdown twins', /^\s*Markdown twin: /, 'last'],
  ['adapter: pages finished (runtime, language, CSP facts)', /^\s*Pages finished: /, 'first'],
  ['adapter: unused files deleted', /^\s*Framework runtime (removed|kept)/, 'first'],
  ['adapter: scripts', /^\s*Scripts minified: /, 'first'],
  ['adapter: search index', /^\s*Search index: /, 'first'],
  ['adapter: _headers', /^\s*_headers: /, 'first'],
];

/** The name of the stage STAGES holds for static generation (the profile's route times divide it). */
export const GENERATION = 'generating static pages';

/**
 * How long each stage of a build took, from when its lines arrived (see STAGES), then "the rest"
 * to `total` and "total". Lines arrive in order: a stage's end is never before the one before.
 * @param {readonly OutputLine[]} lines
 * @param {number} total seconds from the start of the build to its exit
 * @returns {Stage[]}
 */
export function buildStages(lines, total) {
  /** @type {Stage[]} */
  const stages = [];
  let since = 0;
  let from = 0;
  for (const [stage, pattern, which] of STAGES) {
    let end = -1;
    for (let i = from; i < lines.length; i++) {
      if (!pattern.test(/** @type {OutputLine} */ (lines[i]).text)) continue;
      end = i;
      if (which === 'first') break;
    }
    if (end < 0) continue;
    const t = Math.max(since, /** @type {OutputLine} */ (lines[end]).t);
    stages.push({ stage, seconds: t - since });
    since = t;
    from = end + 1;
  }
  return [...stages, { stage: 'the rest', seconds: Math.max(0, total - since) }, { stage: 'total', seconds: total }];
}

/** The number of static-generation workers a build's output names, or undefined. */
export function workerCount(/** @type {readonly OutputLine[]} */ lines) {
  for (const { text } of lines) {
    const match = /Generating static pages using (\d+) workers?/.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Splits a stream's chunks into lines, each stamped with the seconds since `started` at which
 * its end arrived. Returns the function to feed chunks to and the one to call at the end (which
 * stamps a last line without a newline).
 * @param {number} started performance.now() at the start
 * @param {(line: OutputLine) => void} onLine
 * @param {() => number} [now]
 */
export function lineReader(started, onLine, now = () => performance.now()) {
  let partial = '';
  const stamp = (/** @type {string} */ text) =>
    onLine({ t: (now() - started) / 1000, text: text.replace(/\r$/, '').replace(/\x1b\[[0-9;]*m/g, '') });
  return {
    feed(/** @type {Buffer | string} */ chunk) {
      const parts = (partial + chunk).split('\n');
      partial = /** @type {string} */ (parts.pop());
      for (const part of parts) stamp(part);
    },
    end() {
      if (partial) stamp(partial);
      partial = '';
    },
  };
}

/**
 * One line of a BUILD_PROFILE_LOG file (lib/build/build-profile.ts writes it: kind, path, milliseconds
 * and the start in ms since 1970, tab-separated; lines without the start are read too), or
 * undefined for a line that is not one.
 * @param {string} line
 * @returns {RouteTime | undefined}
 */
export function parseProfileLine(line) {
  const [kind, path, ms, start, ...rest] = line.split('\t');
  if (!kind || !path || ms === undefined || rest.length || !/^\d+(\.\d+)?$/.test(ms)) return undefined;
  if (start === undefined) return { kind, path, ms: Number(ms) };
  if (!/^\d+$/.test(start)) return undefined;
  return { kind, path, ms: Number(ms), start: Number(start) };
}

/**
 * The wall time, in ms, during which at least one of `routes` was in progress (the length of the
 * union of their intervals); undefined when a route has no start time.
 * @param {readonly RouteTime[]} routes
 */
export function busyMs(routes) {
  /** @type {[number, number][]} */
  const spans = [];
  for (const r of routes) {
    if (r.start === undefined) return undefined;
    spans.push([r.start, r.start + r.ms]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** The routes of a profile log, skipping lines that are not its own. */
export function profileRoutes(/** @type {string} */ log) {
  return log.split('\n').flatMap((line) => parseProfileLine(line) ?? []);
}

/**
 * A profile log summed by kind of route: how many routes, their milliseconds together and the
 * slowest, the kinds in the order of `order` (then any other, by name). Lines that are not the
 * log's are skipped.
 * @param {string} log
 * @param {readonly string[]} [order]
 * @returns {RouteKindTotal[]}
 */
export function routeTotals(log, order = ROUTE_ORDER) {
  /** @type {Map<string, RouteTime[]>} */
  const kinds = new Map();
  for (const route of profileRoutes(log)) kinds.set(route.kind, [...(kinds.get(route.kind) ?? []), route]);
  const rank = (/** @type {string} */ kind) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...kinds.entries()]
    .map(([kind, routes]) => {
      const busy = busyMs(routes);
      return {
        kind,
        routes: routes.length,
        ms: routes.reduce((sum, r) => sum + r.ms, 0),
        maxMs: Math.max(...routes.map((r) => r.ms)),
        ...(busy !== undefined && { busyMs: busy }),
      };
    })
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}

/** The kinds lib/build/build-profile.ts logs, in the order the tables give them, and what each is. */
export const ROUTE_NAMES = /** @type {Record<string, string>} */ ({
  twin: 'Markdown twin (`/blog/<slug>.md`)',
  'cover-og': 'cover og (1200 × 630)',
  'cover-16x9': 'cover 16:9 (1200 × 675)',
  'cover-4x3': 'cover 4:3 (1200 × 900)',
  'cover-1x1': 'cover 1:1 (1200 × 1200)',
  'site-card': 'site card (`/og.png`)',
  image: 'optimized images (`/media/`)',
});
const ROUTE_ORDER = Object.keys(ROUTE_NAMES);

/** Seconds as the tables give them: one decimal. */
const sec = (/** @type {number} */ s) => fmt(s, 1);

/** The 1-minute load average before and after a build: `9.1 → 10.2`. */
const loadText = (/** @type {Result} */ r) => (r.load ? `${fmt(r.load[0], 1)} → ${fmt(r.load[1], 1)}` : '—');

/**
 * The budgets of issue 19 for one result (of `results`, which holds the cold build a warm one is
 * held to): its time limit in seconds and how the table says it, or undefined when none applies
 * (the issue sets them for 1, 200 and 1,000 articles only).
 * @param {Result} r
 * @param {readonly Result[]} results
 */
export function timeBudget(r, results) {
  if (r.warm) {
    const cold = results.find((c) => c.n === r.n && !c.warm);
    return cold ? { s: cold.seconds / 2, text: `≤ half the cold (${sec(cold.seconds / 2)} s)` } : undefined;
  }
  if (r.n === 1) return { s: 37, text: '≤ 37 s (33–37 s before)' };
  if (r.n === 200) return { s: 90, text: '≤ 90 s' };
  if (r.n === 1000) return { s: 300, text: '≤ 5 min' };
  return undefined;
}

/** The results as a Markdown table: build, time, s per article, peak MiB, pages, workers, load, budget. */
export function resultsTable(/** @type {Result[]} */ results) {
  return markdownTable(
    ['build', 'time (s)', 's per article', 'peak memory (MiB)', 'pages', 'workers', 'load before → after', 'budget'],
    results.map((r) => {
      const budget = timeBudget(r, results);
      const verdict = budget ? `${budget.text}: ${r.seconds <= budget.s ? 'met' : '**over**'}` : '—';
      return [
        buildName(r),
        sec(r.seconds),
        perArticle(r.seconds / r.n),
        fmt(r.peakKiB / 1024),
        fmt(r.pages),
        r.workers === undefined ? '—' : String(r.workers),
        loadText(r),
        verdict,
      ];
    }),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

/** The stages of every build side by side: one row a stage, one column a build. */
export function stagesTable(/** @type {Result[]} */ results) {
  const names = [...new Set(results.flatMap((r) => (r.stages ?? []).map((s) => s.stage)))];
  const order = [...STAGES.map(([stage]) => stage), 'the rest', 'total'];
  names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return markdownTable(
    ['stage (s)', ...results.map(buildName)],
    names.map((name) => {
      const cells = results.map((r) => {
        const stage = r.stages?.find((s) => s.stage === name);
        return stage ? sec(stage.seconds) : '—';
      });
      return [name === 'total' ? '**total**' : name, ...cells];
    }),
    ['left', ...results.map(() => /** @type {const} */ ('right'))],
  );
}

/**
 * Where static generation's time goes, one column a build: for each timed kind of route, the wall
 * seconds during which at least one was in progress (routes × their mean ms); the same for any
 * timed route; the generation stage's wall time; and what remains of it with no timed route in
 * progress, which is the pages' (article pages, listings, tag pages and the other routes no
 * handler times). Routes overlap, in a worker and across workers, so their summed times would
 * exceed the stage.
 * @param {Result[]} results
 */
export function routesTable(results) {
  const kinds = [...new Set(results.flatMap((r) => (r.routes ?? []).map((k) => k.kind)))];
  kinds.sort((a, b) => {
    const rank = (/** @type {string} */ k) => (ROUTE_ORDER.includes(k) ? ROUTE_ORDER.indexOf(k) : ROUTE_ORDER.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const cell = (/** @type {RouteKindTotal | undefined} */ k) =>
    k ? `${k.busyMs === undefined ? '—' : sec(k.busyMs / 1000)} (${fmt(k.routes)} × ${fmt(k.ms / k.routes)} ms)` : '—';
  const generation = (/** @type {Result} */ r) => r.stages?.find((s) => s.stage === GENERATION)?.seconds;
  const rows = kinds.map((kind) => [
    ROUTE_NAMES[kind] ?? kind,
    ...results.map((r) => cell(r.routes?.find((k) => k.kind === kind))),
  ]);
  rows.push([
    'any of the above',
    ...results.map((r) => (r.timedBusyMs === undefined ? '—' : sec(r.timedBusyMs / 1000))),
  ]);
  rows.push([
    'pages and the rest: generation with none of the above in progress',
    ...results.map((r) => {
      const g = generation(r);
      return g === undefined || r.timedBusyMs === undefined ? '—' : sec(Math.max(0, g - r.timedBusyMs / 1000));
    }),
  ]);
  rows.push([
    '**generating static pages** (wall)',
    ...results.map((r) => {
      const g = generation(r);
      return g === undefined ? '—' : `${sec(g)} on ${r.workers ?? '?'} workers`;
    }),
  ]);
  return markdownTable(['route kind (wall s with one in progress)', ...results.map(buildName)], rows, [
    'left',
    ...results.map(() => /** @type {const} */ ('right')),
  ]);
}

export const BUDGET =
  'Budgets (issue 19, on this machine): 200 articles cold in at most 90 seconds, 1,000 in at most 5 ' +
  'minutes, the 1,000 warm (`.next/cache` kept, one article edited) in at most half their cold time, one ' +
  'article no slower than before (33–37 s), and peak memory under 3 GiB for every build.';

/**
 * Where the measured rows break the budgets of issue 19 (timeBudget), and any build whose memory
 * peaked at 3 GiB or more.
 * @param {Result[]} results
 */
export function overBudget(results) {
  /** @type {string[]} */
  const found = [];
  for (const r of results) {
    const budget = timeBudget(r, results);
    if (budget && r.seconds > budget.s) {
      found.push(`${buildName(r)} took ${sec(r.seconds)} s, over ${budget.text.replace(/^≤ /, '')}`);
    }
    if (r.peakKiB >= 3 * 1024 * 1024) found.push(`${buildName(r)} peaked at ${fmt(r.peakKiB / 1024)} MiB, over 3 GiB`);
  }
  return found;
}

/** The line that ends what the benchmark writes; the notes below it stay as they are. */
export const KEEP_MARKER = '<!-- npm run bench:scale writes the text above; the notes below it are kept. -->';

/**
 * The section of docs/performance.md, heading included, up to KEEP_MARKER.
 * @param {{ date: Date, machine: Machine, fixture: string, results: Result[] }} run
 */
export function scaleSection({ date, machine, fixture, results }) {
  const iso = date.toISOString();
  const misses = overBudget(results);
  const verdict = misses.length ? `Over budget: ${misses.join('; ')}.` : 'Every measured build is within them.';
  const loads = results.flatMap((r) => r.load ?? []);
  const busy =
    loads.length && Math.max(...loads) > machine.cores
      ? ` The load average went up to ${fmt(Math.max(...loads), 1)} on ${machine.cores} cores: other work ` +
        'shared the machine, so the times are high and would move between runs.'
      : '';
  const hasStages = results.some((r) => r.stages?.length);
  const hasRoutes = results.some((r) => r.routes?.length);
  return [
    HEADING,
    '',
    wrap(
      `Measured with \`npm run bench:scale\` on **${iso.slice(0, 10)}** (${iso.slice(11, 16)} UTC), on ` +
        `${machine.cores} CPU cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node.replace(/^v/, '')}, ` +
        `Next.js ${machine.next}. Each cold row is one \`next build\` (\`.next/\` and \`out/\` removed first) of N ` +
        `copies of \`${fixture}\`, each with its own slug, title, headline, idea and dates, so no cover comes from ` +
        'the cache; a warm row builds the same copies again with `.next/cache` kept (the rest of `.next/` ' +
        "removed, as a host restores it between deploys), `out/` removed and one article's text edited. Peak memory is the largest sum of the resident memory (VmRSS) of the build " +
        `and all its child processes, sampled every ${SAMPLE_MS} ms; pages counts the \`.html\` files written to ` +
        "`out/`; workers is the static-generation pool Next.js reports; load is the machine's 1-minute load " +
        `average just before and just after the build.${busy}`,
    ),
    '',
    resultsTable(results),
    '',
    wrap(`${BUDGET} ${verdict}`),
    '',
    ...(hasStages
      ? [
          wrap(
            "Where the time goes, by stage, from when the build's lines of output arrived: the config " +
              '(the content is parsed inside `next.config.mjs`) ends at "Running next.config.mjs took", the ' +
              'compile at "Compiled successfully"; TypeScript ends as "Collecting page data" starts, which ' +
              'ends as "Generating static pages" starts, which ends at "Finalizing page optimization"; ' +
              'finalizing ends as the adapter starts ("Running onBuildComplete"), whose steps end with their own ' +
              'lines (`lib/build/adapter.mjs`). "The rest" is Next.js\'s route list and the exit.',
          ),
          '',
          stagesTable(results),
          '',
        ]
      : []),
    ...(hasRoutes
      ? [
          wrap(
            'Where static generation goes, by kind of route: each route handler times its own work and ' +
              'appends a line to `BUILD_PROFILE_LOG` (`lib/build/build-profile.ts`: kind, path, ms, start). A worker ' +
              'handles several routes at once (sharp draws on threads of its own) and there are several ' +
              'workers, so each cell gives the wall seconds during which at least one route of the kind was ' +
              'in progress, then how many routes and their mean time each. Pages (articles, listings, tags) ' +
              'are React components whose rendering cannot be timed from inside: theirs is the generation ' +
              'time with no timed route in progress (a floor: pages also render while covers are drawn).',
          ),
          '',
          routesTable(results),
          '',
        ]
      : []),
    KEEP_MARKER,
    '',
  ].join('\n');
}

/**
 * A paragraph broken into lines of at most `width` characters (a longer word stays whole), as the
 * rest of docs/performance.md is written. Never breaks inside a `code span`, nor before a word
 * that would start a list, quote or heading at the beginning of a line.
 * @param {string} text
 * @param {number} [width]
 */
export function wrap(text, width = 100) {
  const words = text.match(/(?:`[^`]*`|[^\s`])+/g) ?? [];
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of words) {
    const fits = !line || line.length + 1 + word.length <= width;
    if (fits || /^([-+*>#]|\d+[.)])$/.test(word)) line = line ? `${line} ${word}` : word;
    else {
      lines.push(line);
      line = word;
    }
  }
  return [...lines, line].join('\n');
}

/**
 * `markdown` with the section under `heading` (up to the next heading of the same or a higher
 * level, outside code fences) replaced by `section`, or `section` added at the end when there is
 * no such heading. With `keep`, a line of the section that reads `keep` ends what is replaced:
 * the lines after it, to the end of the section, stay. Throws when the heading is there twice.
 * @param {string} markdown
 * @param {string} heading a whole heading line, e.g. "## Build time as the site grows"
 * @param {string} section the new section, heading line included
 * @param {string} [keep] the line after which the old section's text stays
 */
export function replaceSection(markdown, heading, section, keep) {
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  if (level === 0) throw new Error(`"${heading}" is not a Markdown heading.`);
  const lines = markdown.split('\n');
  /** @type {number[]} */
  const starts = [];
  /** @type {number[]} */
  const headings = [];
  let fence = '';
  lines.forEach((line, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? '' : marker;
      return;
    }
    if (fence) return;
    const hashes = /^(#{1,6})\s/.exec(line)?.[1];
    if (hashes && hashes.length <= level) headings.push(i);
    if (line.trimEnd() === heading) starts.push(i);
  });
  const body = section.replace(/\n*$/, '\n');
  if (starts.length > 1) throw new Error(`"${heading}" is in the file ${starts.length} times: keep one.`);
  const start = starts[0];
  if (start === undefined) return `${markdown.replace(/\n*$/, '')}\n\n${body}`;
  const next = headings.find((i) => i > start) ?? lines.length;
  const marker = keep === undefined ? -1 : lines.slice(start, next).findIndex((line) => line.trim() === keep);
  const end = marker < 0 ? next : start + marker + 1;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n').replace(/^\n+/, '');
  return `${before ? `${before}\n` : ''}${body}${after ? `\n${after}` : ''}`.replace(/\n*$/, '\n');
}

/** Writes n copies of the fixture to `dir` (emptied first). */
function writeCopies(/** @type {Fixture} */ fixture, /** @type {number} */ n, /** @type {string} */ dir) {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 1; i <= n; i++) {
    const copy = copyArticle(fixture, i, n);
    mkdirSync(join(dir, copy.folder), { recursive: true });
    for (const f of copy.files) writeFileSync(join(dir, copy.folder, f.name), f.source);
  }
}

/** How many .html files are under `dir`. */
function countHtml(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** The environment of an author's shell (no NODE_ENV: a build sets its own) with CONTENT_DIR set. */
function authorEnv(/** @type {string} */ contentDir) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV'));
  const env = { ...inherited, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  return /** @type {NodeJS.ProcessEnv} */ (/** @type {unknown} */ (env));
}

/**
 * `npm run check` on the copies, untimed: `next build` alone does not follow links, and the copies
 * should be content a real `npm run build` accepts. Throws with the problems it lists.
 */
function checkCopies(/** @type {string} */ contentDir) {
  const check = spawnSync('npm', ['run', '--silent', 'check'], { env: authorEnv(contentDir), encoding: 'utf8' });
  if (check.status === 0) return;
  const output = `${check.stdout}${check.stderr}`.trimEnd().split('\n').slice(-40).join('\n');
  throw new Error(`npm run check refused the copies in ${contentDir}:\n${output}`);
}

/** The text a warm rebuild adds to one article: a sentence at the end of its first section. */
export const WARM_EDIT = 'This sentence was added for the warm rebuild.';

/**
 * The files of an article with one section's text edited as an author would: WARM_EDIT as a
 * paragraph of its own at the end of the first section file (NN-name.mdx). Throws when the
 * article has no section file.
 * @param {readonly SourceFile[]} files
 * @returns {{ name: string, source: string }}
 */
export function warmEdit(files) {
  const section = [...files].sort((a, b) => a.name.localeCompare(b.name)).find((f) => /^\d+-.*\.mdx$/.test(f.name));
  if (!section) throw new Error('The article has no NN-name.mdx section file to edit for the warm rebuild.');
  return { name: section.name, source: `${section.source.replace(/\s*$/, '')}\n\n${WARM_EDIT}\n` };
}

/**
 * Empties a build's `.next/` of all but its cache: what a host restores between two deploys (the
 * issue's warm build: `.next/cache` kept). The rest is the last build's output, which
 * `next build` deletes before it starts (4.5 s of a warm rebuild of 1,000 copies with the whole
 * `.next/` kept, its cover images included); a second build on one machine pays that, a host's does not.
 * @param {string} nextDir
 */
export function keepOnlyCache(nextDir) {
  if (!existsSync(nextDir)) return;
  for (const name of readdirSync(nextDir))
    if (name !== 'cache') rmSync(join(nextDir, name), { recursive: true, force: true });
}

/**
 * One `npx next build` of `contentDir`, cold (.next/ removed first) or warm (keepOnlyCache); out/ is
 * removed either way, as `npm run build` does. Resolves with the exit code, wall seconds, the peak
 * summed RSS of its process tree, its output lines stamped with when they arrived, and the
 * 1-minute load average before and after. Route handlers append their times to `profileLog`.
 * @param {string} contentDir
 * @param {{ cold: boolean, profileLog: string, logFile: string }} options
 */
function timedBuild(contentDir, { cold, profileLog, logFile }) {
  if (cold) rmSync('.next', { recursive: true, force: true });
  else keepOnlyCache('.next');
  rmSync('out', { recursive: true, force: true });
  rmSync(profileLog, { force: true });
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const build = spawn('npx', ['next', 'build'], {
    env: { ...authorEnv(contentDir), BUILD_PROFILE_LOG: profileLog },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so an interrupted bench stops the whole build
  });
  const pid = /** @type {number} */ (build.pid);
  const stop = () => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  /** @type {OutputLine[]} */
  const lines = [];
  const log = createWriteStream(logFile);
  const onLine = (/** @type {OutputLine} */ line) => {
    lines.push(line);
    log.write(`${line.t.toFixed(2).padStart(8)}  ${line.text}\n`);
  };
  const readers = [lineReader(started, onLine), lineReader(started, onLine)];
  build.stdout.on('data', (chunk) => readers[0]?.feed(chunk));
  build.stderr.on('data', (chunk) => readers[1]?.feed(chunk));
  let peakKiB = treeRssKiB(pid);
  const timer = setInterval(() => {
    peakKiB = Math.max(peakKiB, treeRssKiB(pid));
  }, SAMPLE_MS);
  return /** @type {Promise<{ code: number | null, seconds: number, peakKiB: number, lines: OutputLine[], load: [number, number] }>} */ (
    new Promise((resolve, reject) => {
      build.once('error', reject);
      build.once('close', (code) => {
        const seconds = (performance.now() - started) / 1000;
        clearInterval(timer);
        process.removeListener('exit', stop);
        for (const reader of readers) reader.end();
        log.end();
        resolve({ code, seconds, peakKiB, lines, load: [loadBefore, loadavg()[0] ?? 0] });
      });
    })
  );
}

/** The facts about this machine the docs give with the figures. */
function machine() {
  const next = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version;
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    next: String(next),
  };
}

async function main() {
  process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143));
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const fixture = findFixture(options.from);
  const shown = relative(process.cwd(), fixture.dir) || fixture.dir;
  console.log(`Copying ${shown}; N = ${options.ns.join(', ')}.`);
  const [load = 0] = loadavg();
  if (load > availableParallelism() / 2) {
    console.warn(`The machine is busy (load average ${load.toFixed(1)}): the timings will come out high.`);
  }
  if (copyArticle(fixture, 1, 1).files.some((f) => f.name === 'article.mdx' && /^draft:\s*true\s*$/m.test(f.source))) {
    console.warn(`${shown} is a draft: the production build leaves it and its copies out.`);
  }
  /** @type {Result[]} */
  const results = [];
  const dirs = options.ns.map((n) => `.tmp/scale-${n}`);
  const cleanUp = () => {
    if (!options.keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp); // also after Ctrl-C
  mkdirSync(LOGS, { recursive: true });
  const largest = options.ns.at(-1);
  /** Builds `dir` once and adds its result; throws when the build fails. */
  const measure = async (/** @type {string} */ dir, /** @type {number} */ n, /** @type {boolean} */ warm) => {
    const name = `scale-${n}${warm ? '-warm' : ''}`;
    const profileLog = join(LOGS, `${name}.routes.tsv`);
    const logFile = join(LOGS, `${name}.log`);
    const run = await timedBuild(dir, { cold: !warm, profileLog, logFile });
    if (run.code !== 0) {
      const tail = run.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n');
      throw new Error(
        `next build of ${dir} failed (exit code ${run.code}) after ${run.seconds.toFixed(1)} s; the end of its output:\n` +
          `${tail}\nIts whole output is in ${logFile}. Run again with --keep to look at the generated content.`,
      );
    }
    if (!existsSync('out')) throw new Error(`next build of ${dir} exited 0 but wrote no out/.`);
    /** @type {Result} */
    const result = {
      n,
      warm,
      seconds: run.seconds,
      peakKiB: run.peakKiB,
      pages: countHtml('out'),
      workers: workerCount(run.lines),
      load: run.load,
      stages: buildStages(run.lines, run.seconds),
      routes: existsSync(profileLog) ? routeTotals(readFileSync(profileLog, 'utf8')) : [],
    };
    const timed = existsSync(profileLog) ? busyMs(profileRoutes(readFileSync(profileLog, 'utf8'))) : undefined;
    if (timed !== undefined) result.timedBusyMs = timed;
    results.push(result);
    const per = perArticle(result.seconds / n);
    console.log(
      `  ${fmt(result.seconds, 1)} s (${per} s per article), peak ${fmt(result.peakKiB / 1024)} MiB, ` +
        `${result.pages} pages, ${result.workers ?? '?'} workers, load ${loadText(result)}; output in ${logFile}`,
    );
    console.log(`  stages: ${(result.stages ?? []).map((s) => `${s.stage} ${fmt(s.seconds, 1)} s`).join(', ')}`);
    console.log(
      `  routes: ${(result.routes ?? []).map((k) => `${k.kind} ${k.routes} × ${fmt(k.ms / k.routes)} ms`).join(', ') || 'none logged'}`,
    );
  };
  try {
    for (const [i, n] of options.ns.entries()) {
      const dir = /** @type {string} */ (dirs[i]);
      writeCopies(fixture, n, dir);
      console.log(`N=${n}: ${n} ${n === 1 ? 'copy' : 'copies'} in ${dir}/; npm run check, then a cold next build…`);
      checkCopies(dir);
      await measure(dir, n, false);
      if (options.warm && n === largest) {
        const copy = copyArticle(fixture, Math.ceil(n / 2), n);
        const edited = warmEdit(copy.files);
        writeFileSync(join(dir, copy.folder, edited.name), edited.source);
        console.log(`N=${n}: ${copy.folder}/${edited.name} edited; a warm next build (.next/cache kept)…`);
        await measure(dir, n, true);
      }
    }
  } finally {
    cleanUp();
    if (options.keep) console.log(`Kept ${dirs.join(', ')}.`);
  }
  const section = scaleSection({ date: new Date(), machine: machine(), fixture: shown, results });
  console.log(`\n${section}`);
  writeFileSync(DOC, replaceSection(readFileSync(DOC, 'utf8'), HEADING, section, KEEP_MARKER));
  console.log(
    `Written to ${DOC}. out/ holds the last build, of generated content: rebuild before deploying or testing.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
