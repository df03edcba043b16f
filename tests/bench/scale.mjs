// `npm run bench:scale`: how the build grows with the number of articles. Writes N copies of one
// article (the first folder under content/, or --from) to .tmp/scale-<N>/, each with its own
// folder, slug, title and dates, and times one cold `next build` of each (.next/ and out/ removed
// first), sampling the peak memory of the build's whole process tree. The copies must pass
// `npm run check` first (untimed), as a real `npm run build` requires. Prints a table and writes it
// to docs/performance.md under "## Build time as the site grows". A measurement, not a test: it
// exits non-zero only when something broke (bad arguments, a build that failed), never for a slow
// build. Run small N while developing: `node tests/bench/scale.mjs --n 1,3`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isPair, isScalar, parseDocument, stringify } from 'yaml';

export const HEADING = '## Build time as the site grows';
const DOC = 'docs/performance.md';
const DEFAULT_NS = [1, 100];
const FULL_N = 1000;
const SAMPLE_MS = 250;
/** The fields of article.mdx each copy changes; every other byte of every file stays as it was. */
const COPIED_FIELDS = /** @type {const} */ (['slug', 'headline', 'title', 'published', 'updated']);
/** The schema's limits (lib/content/schema.ts). */
const MAX_TITLE = 70;
const MAX_HEADLINE = 160;

export const USAGE = `Usage: npm run bench:scale -- [--n 1,10,50] [--full] [--from <article folder>] [--keep]
  --n <list>     the article counts to build, comma-separated positive integers (default ${DEFAULT_NS.join(',')})
  --full         also build ${FULL_N} articles
  --from <dir>   the article to copy (default: the first article folder under content/)
  --keep         keep the generated .tmp/scale-<N>/ folders`;

/** @typedef {{ ns: number[], from: string | undefined, keep: boolean, help: boolean }} Options */
/** @typedef {{ name: string, source: string }} SourceFile */
/** @typedef {{ dir: string, name: string, files: SourceFile[] }} Fixture */
/** @typedef {{ n: number, seconds: number, peakKiB: number, pages: number }} Result */
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
    else if (flag === '--keep' && inline === undefined) keep = true;
    else if ((flag === '--help' || flag === '-h') && inline === undefined) help = true;
    else throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
  }
  const counts = new Set([...(ns ?? DEFAULT_NS), ...(full ? [FULL_N] : [])]);
  return { ns: [...counts].sort((a, b) => a - b), from, keep, help };
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
 * An MDX file with some top-level frontmatter fields given new string values. Only those values'
 * text changes: comments, order, quoting and every other field stay byte for byte.
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
    const pair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    const range = pair && isScalar(pair.value) ? pair.value.range : undefined;
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
 * slug `<slug>-<i>`, headline and title ending in "(copy i)", published and updated i - 1 hours
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
  const values = {
    slug: copySlug,
    headline: numbered(headline, i, MAX_HEADLINE),
    title: numbered(title, i, MAX_TITLE),
    published: shiftDate(published, -(i - 1)),
    updated: shiftDate(updated, -(i - 1)),
  };
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

/** The results as a Markdown table: N, cold build s, s per article, peak MiB, pages. */
export function resultsTable(/** @type {Result[]} */ results) {
  return markdownTable(
    ['N', 'cold build (s)', 's per article', 'peak memory (MiB)', 'pages'],
    results.map((r) => [fmt(r.n), fmt(r.seconds, 1), perArticle(r.seconds / r.n), fmt(r.peakKiB / 1024), fmt(r.pages)]),
    ['right', 'right', 'right', 'right', 'right'],
  );
}

export const BUDGET =
  'Budget: 200 articles build in under 2 minutes and 1,000 in under 10 minutes, peak memory stays under ' +
  '3 GiB, and the seconds per article do not grow with N.';

/**
 * Where the measured rows break the budget: a build of up to 200 articles over 2 minutes, of up to
 * 1,000 over 10, peak memory at or over 3 GiB, or seconds per article more than 10% above those of
 * a smaller N (the margin absorbs the noise of a busy machine).
 * @param {Result[]} results
 */
export function overBudget(results) {
  /** @type {string[]} */
  const found = [];
  const sorted = [...results].sort((a, b) => a.n - b.n);
  sorted.forEach((r, i) => {
    const limit =
      r.n <= 200
        ? { s: 120, text: '2 minutes for up to 200 articles' }
        : r.n <= 1000
          ? { s: 600, text: '10 minutes for up to 1,000 articles' }
          : undefined;
    if (limit && r.seconds >= limit.s) found.push(`N=${fmt(r.n)} took ${fmt(r.seconds, 1)} s, over ${limit.text}`);
    if (r.peakKiB >= 3 * 1024 * 1024) found.push(`N=${fmt(r.n)} peaked at ${fmt(r.peakKiB / 1024)} MiB, over 3 GiB`);
    const smaller = sorted.slice(0, i).find((s) => r.seconds / r.n > 1.1 * (s.seconds / s.n));
    if (smaller) {
      found.push(
        `N=${fmt(r.n)} took ${perArticle(r.seconds / r.n)} s per article, more than N=${fmt(smaller.n)}'s ${perArticle(smaller.seconds / smaller.n)}`,
      );
    }
  });
  return found;
}

/**
 * The section of docs/performance.md, heading included.
 * @param {{ date: Date, machine: Machine, fixture: string, results: Result[] }} run
 */
export function scaleSection({ date, machine, fixture, results }) {
  const iso = date.toISOString();
  const misses = overBudget(results);
  const verdict = misses.length
    ? `Over budget: ${misses.join('; ')}.`
    : 'Every measured row is within it (a build of up to 200 articles is held to 2 minutes, of up to 1,000 to ' +
      '10, and its seconds per article to within 10% of those of any smaller N).';
  return [
    HEADING,
    '',
    wrap(
      `Measured with \`npm run bench:scale\` on **${iso.slice(0, 10)}** (${iso.slice(11, 16)} UTC), on ` +
        `${machine.cores} CPU cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node.replace(/^v/, '')}, ` +
        `Next.js ${machine.next}. Each row is one cold \`next build\` (\`.next/\` and \`out/\` removed first) of N ` +
        `copies of \`${fixture}\`, each with its own slug, title and dates. Peak memory is the largest sum of the ` +
        `resident memory (VmRSS) of the build and all its child processes, sampled every ${SAMPLE_MS} ms; pages ` +
        'counts the `.html` files written to `out/`.',
    ),
    '',
    resultsTable(results),
    '',
    wrap(`${BUDGET} ${verdict}`),
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
 * no such heading. Throws when the heading is there twice.
 * @param {string} markdown
 * @param {string} heading a whole heading line, e.g. "## Build time as the site grows"
 * @param {string} section the new section, heading line included
 */
export function replaceSection(markdown, heading, section) {
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
  const end = headings.find((i) => i > start) ?? lines.length;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
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

/**
 * One cold `npx next build` of `contentDir`: wall seconds and the peak summed RSS of its process
 * tree. Resolves with the exit code and the last of its output too.
 * @param {string} contentDir
 */
function timedBuild(contentDir) {
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  const started = performance.now();
  const build = spawn('npx', ['next', 'build'], {
    env: authorEnv(contentDir),
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
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk).slice(-50_000);
  };
  build.stdout.on('data', keep);
  build.stderr.on('data', keep);
  let peakKiB = treeRssKiB(pid);
  const timer = setInterval(() => {
    peakKiB = Math.max(peakKiB, treeRssKiB(pid));
  }, SAMPLE_MS);
  return /** @type {Promise<{ code: number | null, seconds: number, peakKiB: number, output: string }>} */ (
    new Promise((resolve, reject) => {
      build.once('error', reject);
      build.once('close', (code) => {
        clearInterval(timer);
        process.removeListener('exit', stop);
        resolve({ code, seconds: (performance.now() - started) / 1000, peakKiB, output });
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
  try {
    for (const [i, n] of options.ns.entries()) {
      const dir = /** @type {string} */ (dirs[i]);
      writeCopies(fixture, n, dir);
      console.log(`N=${n}: ${n} ${n === 1 ? 'copy' : 'copies'} in ${dir}/; npm run check, then a cold next build…`);
      checkCopies(dir);
      const run = await timedBuild(dir);
      if (run.code !== 0) {
        const tail = run.output.trimEnd().split('\n').slice(-40).join('\n');
        throw new Error(
          `next build of ${dir} failed (exit code ${run.code}) after ${run.seconds.toFixed(1)} s; the end of its output:\n` +
            `${tail}\nRun again with --keep to look at the generated content.`,
        );
      }
      if (!existsSync('out')) throw new Error(`next build of ${dir} exited 0 but wrote no out/.`);
      const result = { n, seconds: run.seconds, peakKiB: run.peakKiB, pages: countHtml('out') };
      results.push(result);
      const per = perArticle(result.seconds / n);
      console.log(
        `  ${fmt(result.seconds, 1)} s (${per} s per article), peak ${fmt(result.peakKiB / 1024)} MiB, ${result.pages} pages`,
      );
    }
  } finally {
    cleanUp();
    if (options.keep) console.log(`Kept ${dirs.join(', ')}.`);
  }
  const section = scaleSection({ date: new Date(), machine: machine(), fixture: shown, results });
  console.log(`\n${section}`);
  writeFileSync(DOC, replaceSection(readFileSync(DOC, 'utf8'), HEADING, section));
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
