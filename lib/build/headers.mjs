// The `_headers` file (Cloudflare Pages / Netlify format) for out/: security headers for every
// path, a Content-Security-Policy that allows exactly the inline scripts the build emitted (by
// hash) and the origins its forms post to, long caching for hashed assets and short caching for the other files. Pages get no rule:
// the host's default Cache-Control is already what they need.
//
// Cloudflare Pages reads at most 100 rules of at most 2,000 characters a line, so the rules are
// patterns whose number does not grow with the articles, and the file is checked before it is
// written. Both hosts join the values when two matching rules set the same header ("a, b"), so no
// path may be matched by two rules that set Cache-Control: that is checked too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { defaultTreeAdapter, parse } from 'parse5';
import { listFiles } from './files.mjs';
import { NEXT_STATIC_DIR } from './next-export.mjs';
import { clip, isExecutable, policyProblems, readPage, throwProblems } from './scripts.mjs';
import { KEEP_RUNTIME_ENV } from './static-output.mjs';

/** Hashed, immutable build assets. */
export const IMMUTABLE = `/${NEXT_STATIC_DIR}*`;

/** The articles' optimized images (app/media): content-hashed names, so immutable too, one rule for all. */
export const MEDIA = '/media/*';

/** Cloudflare Pages' limits for _headers: rules, and characters a line (indent, name and value). */
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

export const CACHE = {
  /** Content-hashed: a changed file gets a new name, so it never needs revalidating. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * Every other file that is not a page: images, icons, the manifest, scripts, Markdown twins,
   * llms.txt, robots.txt, and the feed and sitemap too. Those two are polled by feed readers and
   * crawlers, for whom a new article showing up to an hour late is harmless; one value for all
   * non-page files also keeps the rules one shape.
   */
  short: 'public, max-age=3600',
};

/**
 * What Cloudflare Pages and Netlify send when no rule sets Cache-Control: the browser may keep
 * the file but asks again (a cheap 304) before every use. It is what pages need, so they get it by
 * having no rule: a `/blog/*` page rule would also match /blog/<slug>.md and the covers, whose
 * values the hosts would join with the one-hour rule's.
 */
export const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Strict-Transport-Security for two years, widened only by the owner's choice in content/site.ts
 * (security.hsts). Preload lists demand includeSubDomains, so preload alone is refused.
 * @param {{ includeSubDomains: boolean, preload: boolean }} hsts
 */
export function strictTransportSecurity({ includeSubDomains, preload }) {
  if (preload && !includeSubDomains)
    throw new Error(
      "content/site.ts security.hsts: preload without includeSubDomains, which the browsers' preload list refuses. Fix: set includeSubDomains: true as well, or preload: false.",
    );
  return ['max-age=63072000', includeSubDomains && 'includeSubDomains', preload && 'preload']
    .filter(Boolean)
    .join('; ');
}

/** The heading of the problems that stop the policy: scripts the build cannot classify. */
export const SCRIPTS_STOP = '_headers: not writing a Content-Security-Policy for scripts the build cannot classify';

/**
 * The code of the inline scripts a browser would execute on a page, as the browser sees it (what
 * a CSP hash is computed over): no src, and a type the shared classifier (scripts.mjs) calls
 * classic or module. Data blocks such as JSON-LD are never executed, so CSP does not apply to
 * them. Its problems, each naming the page and the element: a script type the build does not
 * know, or code in an attribute, which a hash cannot allow.
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the problems
 * @returns {{ scripts: string[], problems: import('./scripts.mjs').Problem[] }}
 */
export function pageScripts(html, page = 'index.html') {
  const read = readPage(html);
  const scripts = read.scripts.filter((s) => s.src === undefined && isExecutable(s.kind)).map((s) => s.text);
  return { scripts, problems: policyProblems(page, read) };
}

/**
 * The inline scripts of a page (pageScripts); throws its problems, if any.
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the error
 * @returns {string[]}
 */
export function inlineScripts(html, page = 'index.html') {
  const { scripts, problems } = pageScripts(html, page);
  throwProblems(SCRIPTS_STOP, [problems]);
  return scripts;
}

/** @param {string} script */
export const scriptHash = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** A stand-in for the page's own origin, to tell a path (the site's own) from another origin. */
const SELF = 'https://self.invalid';

/**
 * The origins other than the page's own that the forms of a page post to: each <form action>,
 * and each formaction of a button or input, that resolves to another origin (the contact form's
 * service, content/site.ts contact.form). A path, an empty action or none posts to this origin,
 * which 'self' already admits. Its problems, each naming the page and the element, a whole
 * message: one that is not https, where a reader's message would travel in the clear
 * (content/site.ts requires https).
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the problems
 * @returns {{ origins: string[], problems: import('./scripts.mjs').Problem[] }}
 */
export function pageForms(html, page = 'index.html') {
  /** @type {string[]} */
  const origins = [];
  /** @type {import('./scripts.mjs').Problem[]} */
  const problems = [];
  if (!/<form|formaction/i.test(html)) return { origins, problems };
  /** @param {import('parse5').DefaultTreeAdapterTypes.ParentNode} parent */
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const attr = node.tagName === 'form' ? 'action' : ['button', 'input'].includes(node.tagName) ? 'formaction' : '';
      const value = attr && node.attrs.find((a) => a.name === attr)?.value.trim();
      if (value) {
        const url = new URL(value, `${SELF}/`);
        // Parsed without source locations (at 0): the problems keep the order they were found in.
        if (url.origin !== SELF && url.protocol !== 'https:')
          problems.push({
            at: 0,
            line:
              `_headers: out/${page}: <${node.tagName} ${attr}="${clip(value, 80)}"> posts somewhere other than an https:// URL, ` +
              `so what a reader writes would not be encrypted. Not admitting it in the Content-Security-Policy's form-action. ` +
              `Fix: make content/site.ts contact.form an https:// URL (npm run check says so too).`,
          });
        else if (url.origin !== SELF) origins.push(url.origin);
      }
      walk(node);
      if ('content' in node) walk(node.content);
    }
  };
  walk(parse(html, { treeAdapter: defaultTreeAdapter }));
  return { origins, problems };
}

/**
 * The origins the forms of a page post to (pageForms); throws its first problem, if any.
 * @param {string} html
 * @param {string} [page] the page's path relative to out/, for the error
 * @returns {string[]}
 */
export function formOrigins(html, page = 'index.html') {
  const { origins, problems } = pageForms(html, page);
  if (problems[0]) throw new Error(problems[0].line);
  return origins;
}

/**
 * What the policy needs to know of a page: its inline scripts and where its forms post. The
 * build collects them as it finishes each page (page-cache.mjs); this reads them from its HTML.
 * Throws on a page the policy cannot allow (inlineScripts, formOrigins).
 * @param {string} file the page's path relative to out/
 * @param {string} html
 * @returns {OutFile}
 */
export function pageFacts(file, html) {
  return { file, scripts: inlineScripts(html, file), forms: formOrigins(html, file) };
}

/**
 * A file of out/ (its path relative to out/, forward slashes) as headerRules takes it: a page
 * (.html) with its inline scripts and its forms' origins (pageFacts), any other file with its path alone.
 * @typedef {{ file: string, scripts?: readonly string[], forms?: readonly string[] }} OutFile
 */

/**
 * The policy: only this origin, no plugins, no framing; inline scripts only by hash. A page
 * listed in PAGE_SCRIPT_SOURCES adds its sources to script-src (never 'unsafe-inline'); forms
 * may post to this origin and to the origins given (formOrigins: the contact form's service).
 * @param {readonly string[]} hashes
 * @param {readonly string[]} [extraScriptSources]
 * @param {readonly string[]} [formActionOrigins]
 */
export function contentSecurityPolicy(hashes, extraScriptSources = [], formActionOrigins = []) {
  return [
    "default-src 'self'",
    `script-src 'self'${[...extraScriptSources, ...[...new Set(hashes)].sort()].map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${[...new Set(formActionOrigins)]
      .sort()
      .map((o) => ` ${o}`)
      .join('')}`,
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The URL paths a static host serves an out/ file at: pages with and without .html.
 * @param {string} file path relative to out/, with forward slashes
 * @returns {string[]}
 */
export function servedPaths(file) {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`, `/${file}`];
  if (file.endsWith('.html')) return [`/${file.slice(0, -'.html'.length)}`, `/${file}`];
  return [`/${file}`];
}

/**
 * Pages (out/ files) that need more in script-src than the site-wide policy gives, and what.
 * /search runs Pagefind, which compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows
 * that and nothing else (no eval of JavaScript, no inline script). Its rule detaches the site-wide
 * policy first (`! Content-Security-Policy`, Cloudflare Pages' syntax): two policies on one
 * response are both enforced, so adding a second could never allow more.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const PAGE_SCRIPT_SOURCES = { 'search.html': ["'wasm-unsafe-eval'"] };

/**
 * A rule: a path pattern, the headers it sets, and the headers it first removes from earlier
 * matching rules (`detach`, written `  ! Name`).
 * @typedef {{ path: string, headers: Record<string, string>, detach?: string[] }} Rule
 */

/**
 * The rule pattern that sets an out/ file's Cache-Control, or undefined for none (the host
 * default). Files under a folder are grouped by folder and extension (`/blog/*.png`), which
 * keeps every article's files in the same few rules; files at the top (and any without an
 * extension) are few and named exactly. Not `/*.png`: a splat crosses folders, so it would also match hashed images under
 * /_next/static/ (the build has one: media/icon.<hash>.svg) and join the two values.
 * @param {string} file path relative to out/, with forward slashes
 * @returns {string | undefined}
 */
export function cachePattern(file) {
  if (file === '_headers' || file.endsWith('.html')) return undefined;
  if (file.startsWith(NEXT_STATIC_DIR)) return IMMUTABLE;
  if (file.startsWith('media/')) return MEDIA;
  const slash = file.indexOf('/');
  const ext = posix.extname(file);
  return slash === -1 || !ext ? `/${file}` : `/${file.slice(0, slash)}/*${ext}`;
}

/**
 * The rules for a build: every file of out/, each page with its inline scripts and forms (OutFile).
 * Throws rather than return rules a host would reject or misapply, or a policy made without a page's facts.
 * @param {readonly OutFile[]} files
 * @param {{ includeSubDomains: boolean, preload: boolean }} [hsts] content/site.ts security.hsts
 * @returns {Rule[]}
 */
export function headerRules(files, hsts = { includeSubDomains: false, preload: false }) {
  // A page without its facts would be a page whose scripts the policy silently blocks.
  const bare = files.find((f) => f.file.endsWith('.html') && (f.scripts === undefined || f.forms === undefined));
  if (bare)
    throw new Error(
      `_headers: out/${bare.file} was given without its inline scripts and form origins, so the ` +
        `Content-Security-Policy could not allow them. Fix: pass every page's facts (readOut, or the finished pages').`,
    );
  // Hash each distinct script once: the same bootstrap on every page is one hash, not one a page.
  const scripts = new Set(files.flatMap((f) => f.scripts ?? []));
  // Where the pages' forms post: every page's policy admits them, /search's too.
  const forms = files.flatMap((f) => f.forms ?? []);
  const csp = contentSecurityPolicy([...scripts].map(scriptHash), [], forms);
  checkPolicyLength(csp, scripts.size);
  const security = { 'Strict-Transport-Security': strictTransportSecurity(hsts), ...SECURITY };
  /** @type {Rule[]} */
  const rules = [{ path: '/*', headers: { 'Content-Security-Policy': csp, ...security } }];
  const hashes = [...scripts].map(scriptHash);
  for (const [file, extra] of Object.entries(PAGE_SCRIPT_SOURCES)) {
    if (!files.some((f) => f.file === file)) continue;
    const policy = contentSecurityPolicy(hashes, extra, forms);
    checkPolicyLength(policy, scripts.size);
    for (const path of servedPaths(file))
      rules.push({ path, detach: ['Content-Security-Policy'], headers: { 'Content-Security-Policy': policy } });
  }
  rules.push({ path: IMMUTABLE, headers: { 'Cache-Control': CACHE.immutable } });
  const patterns = new Set(files.flatMap((f) => cachePattern(f.file) ?? []));
  patterns.delete(IMMUTABLE);
  if (patterns.delete(MEDIA)) rules.push({ path: MEDIA, headers: { 'Cache-Control': CACHE.immutable } });
  for (const path of [...patterns].sort()) rules.push({ path, headers: { 'Cache-Control': CACHE.short } });
  checkOneCacheControl(rules, files);
  return rules;
}

/** @param {number} n */
const count = (n) => n.toLocaleString('en-US');

/**
 * The one line that grows with the pages: with the framework runtime removed (the default) the
 * pages have no inline scripts and the policy is short. Never widened to 'unsafe-inline'.
 * @param {string} csp
 * @param {number} scripts how many distinct inline scripts it allows
 */
function checkPolicyLength(csp, scripts) {
  const length = `  Content-Security-Policy: ${csp}`.length;
  if (length <= MAX_LINE) return;
  throw new Error(
    `_headers: the Content-Security-Policy line would be ${count(length)} characters, over the ` +
      `${count(MAX_LINE)} a line that Cloudflare Pages accepts: it allows ${count(scripts)} distinct inline ` +
      `scripts by hash. ${KEEP_RUNTIME_ENV}=1 is a diagnostic switch: it keeps Next.js's inline scripts, which ` +
      `differ on every page, and one CSP line cannot allow them all within the host's ${count(MAX_LINE)}-character ` +
      `limit. Not writing a policy the host would reject. Fix: build without ${KEEP_RUNTIME_ENV}=1 to deploy ` +
      `(the pages then have no inline scripts); use the switch only to measure, on a site with fewer pages.`,
  );
}

/**
 * Throws when a served path of a file would get Cache-Control from two rules: the hosts would
 * send both values joined, which no cache reads as meant.
 * @param {readonly Rule[]} rules
 * @param {readonly { file: string }[]} files
 */
export function checkOneCacheControl(rules, files) {
  const caching = rules
    .filter((r) => 'Cache-Control' in r.headers)
    .map((r) => ({ path: r.path, pattern: rulePattern(r.path) }));
  for (const { file } of files) {
    for (const path of servedPaths(file)) {
      const matched = caching.filter((r) => r.pattern.test(path)).map((r) => r.path);
      if (matched.length > 1)
        throw new Error(
          `_headers: ${path} (out/${file}) matches ${matched.join(' and ')}, which both set Cache-Control; ` +
            `the host would send their values joined. Fix: make the patterns in cachePattern ` +
            `(lib/build/headers.mjs) match disjoint paths.`,
        );
    }
  }
}

/**
 * A rule's lines as the _headers file has them, each with what it is, for error messages.
 * @param {Rule} rule
 * @returns {{ text: string, what: string, fix: string }[]}
 */
function ruleLines(rule) {
  const name = clip(rule.path, 60);
  return [
    { text: rule.path, what: `the path of rule ${name}`, fix: 'use a shorter pattern' },
    ...(rule.detach ?? []).map((k) => ({ text: `  ! ${k}`, what: `removing ${k} in rule ${name}`, fix: 'shorten it' })),
    ...Object.entries(rule.headers).map(([k, v]) => ({
      text: `  ${k}: ${v}`,
      what: `${k} in rule ${name}`,
      fix: 'shorten that value',
    })),
  ];
}

/**
 * Throws unless Cloudflare Pages would accept the rules: at most 100, and no line (indent,
 * name and value all count) over 2,000 characters.
 * @param {readonly Rule[]} rules
 */
export function checkHeaderLimits(rules) {
  const reject = 'Not writing a file the host would reject.';
  if (rules.length > MAX_RULES)
    throw new Error(
      `_headers: ${count(rules.length)} rules, over the ${count(MAX_RULES)} that Cloudflare Pages accepts ` +
        `(rule ${count(MAX_RULES + 1)} is ${clip(rules[MAX_RULES]?.path ?? '', 60)}). ${reject} Fix: cover files with ` +
        `pattern rules (/folder/*.ext) in lib/build/headers.mjs, not one rule a path.`,
    );
  rules.flatMap(ruleLines).forEach(({ text, what, fix }, i) => {
    if (text.length > MAX_LINE)
      throw new Error(
        `_headers line ${count(i + 1)} (${what}) is ${count(text.length)} characters, over the ` +
          `${count(MAX_LINE)} a line that Cloudflare Pages accepts. ${reject} Fix: ${fix}.`,
      );
  });
}

/**
 * Writes rules in the _headers format; throws instead when a host would reject them.
 * @param {readonly Rule[]} rules
 */
export function formatHeaders(rules) {
  checkHeaderLimits(rules);
  return `${rules
    .flatMap(ruleLines)
    .map((line) => line.text)
    .join('\n')}\n`;
}

/**
 * Reads a _headers file back into rules; throws on a line it does not understand.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
  /** @type {Rule[]} */
  const rules = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) return void rules.push({ path: line.trim(), headers: {} });
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    const last = rules.at(-1);
    if (detached?.[1] && last) return void (last.detach ??= []).push(detached[1]);
    const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (!name || value === undefined || !rule)
      throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, found "${line}"`);
    rule.headers[name] = value;
  });
  return rules;
}

/**
 * A rule path as Cloudflare Pages matches it: `*` is any characters, `/` included; `:name` is one
 * path segment. Netlify agrees for the patterns the build writes (`/x`, `/folder/*.ext`,
 * `/_next/static/*`); it also ignores case and a trailing slash, which changes nothing here.
 * @param {string} rulePath
 */
export function rulePattern(rulePath) {
  return new RegExp(
    `^${rulePath
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/gi, '[^/]+')}$`,
  );
}

/**
 * The headers the rules give a request path: every matching rule, in order; a header set by
 * two rules is joined with ", " (what Netlify and Cloudflare Pages do), unless the later rule
 * first detaches it (`! Name`, Cloudflare Pages).
 * @param {readonly Rule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rulePattern(rule.path).test(path)) continue;
    for (const k of rule.detach ?? []) delete out[k];
    for (const [k, v] of Object.entries(rule.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/**
 * What the host sends for a path: the rules' headers, and its default Cache-Control when no
 * rule sets one.
 * @param {readonly Rule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function hostHeaders(rules, path) {
  return { 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, path) };
}

/**
 * Every file under out/, each page with its facts: those given, by path (collected as the pages
 * were finished), else read from the page (pageFacts).
 * @param {string} outDir
 * @param {ReadonlyMap<string, { scripts: readonly string[], forms: readonly string[] }>} [known]
 * @returns {OutFile[]}
 */
export function readOut(outDir, known = new Map()) {
  return listFiles(outDir).map((file) => {
    if (!file.endsWith('.html')) return { file };
    const facts = known.get(file);
    return facts ? { file, ...facts } : pageFacts(file, readFileSync(join(outDir, file), 'utf8'));
  });
}
