// What a page would run, read the way a browser reads it. One parser (parse5: the WHATWG HTML
// algorithm that browsers implement, so comments, attribute values holding `>`, <template>,
// <noscript> and SVG mean here what they mean in the browser) and one classifier, shared by the
// runtime removal (static-output.mjs) and the Content-Security-Policy (headers.mjs), so the two
// can never disagree about which elements are scripts.
//
// The rules (README: "The removal fails closed"):
// - A <script> is 'classic' with no type, type="" or (with no type) no or an empty language
//   attribute; otherwise its type (or "text/" + language), trimmed of ASCII whitespace and
//   lowercased, is 'classic' for a JavaScript MIME type (text/javascript, text/ecmascript…),
//   'module' for "module", 'data' for application/ld+json and application/json (never run), and
//   'unknown' for anything else (importmap, speculationrules, "text/javascript; x=y", " ", a
//   template type…): the build cannot tell whether a browser runs it, so it stops.
// - Classic and module scripts without src are inline code: the CSP allows them by hash. Which of
//   them are Next.js's runtime (cut) and which the site's own (marked data-site-script, kept) is
//   static-output.mjs's business.
// - Inline code outside <script> (on* attributes, javascript: URLs, iframe srcdoc) is code a
//   hash-only policy blocks: the build stops on it.
// - A URL is the site's own when it resolves to the page's origin (a path: /scripts/toc.js);
//   anything with a scheme or starting with // (or /\) is another origin.
import { defaultTreeAdapter, parse } from 'parse5';

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.ParentNode} ParentNode */
/** @typedef {'classic' | 'module' | 'data' | 'unknown'} ScriptKind */

/** The HTML standard's JavaScript MIME type essences: a script of one of these types runs. */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Data blocks the build knows: a browser never runs them, and the CSP does not apply. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** The attribute that marks an inline script as the site's own: it ships, with its hash in the CSP. */
export const SITE_SCRIPT_ATTR = 'data-site-script';

/** Attributes whose value a browser may navigate to or load (a javascript: URL there runs code). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

const TRIM = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/**
 * How a browser treats a <script> with these attributes (the HTML standard's "prepare the script
 * element"), with every type the build does not know as 'unknown'.
 * @param {string | undefined} type the type attribute, undefined when absent
 * @param {string | undefined} [language] the obsolete language attribute, read only without a type
 * @returns {ScriptKind}
 */
export function scriptKind(type, language) {
  if (type === '' || (type === undefined && !language)) return 'classic';
  const essence = (type ?? `text/${language}`).replace(TRIM, '').toLowerCase();
  if (JAVASCRIPT_TYPES.has(essence)) return 'classic';
  if (essence === 'module') return 'module';
  if (DATA_TYPES.has(essence)) return 'data';
  return 'unknown';
}

/** @param {ScriptKind} kind */
export const isExecutable = (kind) => kind === 'classic' || kind === 'module';

const SITE = 'https://site.invalid';

/**
 * Where a URL written on a page points, resolved as a browser would (a page at out/blog/x.html
 * is served at /blog/x): `own` when it stays on the site's origin, with its path.
 * @param {string} url
 * @param {string} page path of the page relative to out/
 * @returns {{ own: true, path: string, href: string } | { own: false, origin: string }}
 */
export function resolveUrl(url, page) {
  let parsed;
  try {
    parsed = new URL(url, `${SITE}/${page}`);
  } catch {
    return { own: false, origin: `an invalid URL` };
  }
  if (parsed.origin === SITE) return { own: true, path: parsed.pathname, href: parsed.href };
  return { own: false, origin: parsed.origin === 'null' ? `${parsed.protocol} URL` : parsed.origin };
}

/**
 * @typedef {{
 *   start: number, end: number, line: number, col: number,
 *   openTag: string, attrs: Record<string, string>,
 * }} Located
 * Where an element is in the page's source: [start, end) is the whole element; openTag its start
 * tag as written.
 */
/**
 * @typedef {Located & { kind: ScriptKind, src: string | undefined, text: string, closed: boolean }} Script
 * `src` for an HTML script, `href` or `xlink:href` for an SVG one; `text` is the code as the browser
 * sees it (what a CSP hash is computed over); `closed` is false when the page ends inside it.
 */
/** @typedef {Located & { rel: string[], as: string, href: string | undefined }} Link */
/** @typedef {Located & { code: string }} InlineCode an element with code in an attribute (`code` names it) */

/** Elements whose source location the reader keeps; the rest are parsed without (twice as fast). */
const LOCATED = new Set(['script', 'link']);

/** @param {Element} el */
const inlineCodeAttr = (el) =>
  el.attrs.find(
    (a) =>
      (!a.prefix && a.name.startsWith('on')) ||
      (a.name === 'srcdoc' && el.tagName === 'iframe') ||
      (URL_ATTRS.has(a.prefix ? `${a.prefix}:${a.name}` : a.name) && isJavascriptUrl(a.value)),
  );

/**
 * Whether a browser reads the value as a javascript: URL: the URL parser drops leading controls
 * and spaces and every tab and newline, and reads the scheme in any case.
 * @param {string} value
 */
const isJavascriptUrl = (value) =>
  value
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '')
    .toLowerCase()
    .startsWith('javascript:');

/** @type {import('parse5').TreeAdapter<import('parse5').DefaultTreeAdapterMap>} */
const treeAdapter = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if ('tagName' in node && (LOCATED.has(node.tagName) || inlineCodeAttr(node))) node.sourceCodeLocation = location;
  },
  updateNodeSourceCodeLocation(node, endLocation) {
    if (node.sourceCodeLocation) Object.assign(node.sourceCodeLocation, endLocation);
  },
};

/**
 * The scripts, links and attribute code of a page, in document order, <template> contents
 * included (a template's scripts run once it is cloned into the page). Throws if the parser
 * gives a script or link no place in the source: the build would not know what to cut.
 * @param {string} html
 */
export function readPage(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true, treeAdapter });
  /** @type {Script[]} */
  const scripts = [];
  /** @type {Link[]} */
  const links = [];
  /** @type {InlineCode[]} */
  const inlineCode = [];

  /** @param {ParentNode} parent */
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      if (LOCATED.has(node.tagName) && !node.sourceCodeLocation)
        throw new Error(`scripts: a <${node.tagName}> the parser placed without a source location`);
      const located = node.sourceCodeLocation ? locate(html, node) : undefined;
      if (located) {
        const code = inlineCodeAttr(node);
        if (code) inlineCode.push({ ...located, code: code.prefix ? `${code.prefix}:${code.name}` : code.name });
        if (node.tagName === 'script') scripts.push(readScript(node, located));
        else if (node.tagName === 'link') links.push(readLink(located));
      }
      walk(node);
      if ('content' in node) walk(node.content);
    }
  };
  walk(doc);
  return { scripts, links, inlineCode };
}

/**
 * @param {string} html
 * @param {Element} el
 * @returns {Located}
 */
function locate(html, el) {
  const loc = /** @type {import('parse5').Token.ElementLocation} */ (el.sourceCodeLocation);
  const openTag = loc.startTag ?? loc;
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const a of el.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
  return {
    start: loc.startOffset,
    end: loc.endTag?.endOffset ?? openTag.endOffset,
    line: loc.startLine,
    col: loc.startCol,
    openTag: html.slice(openTag.startOffset, openTag.endOffset),
    attrs,
  };
}

/**
 * @param {Element} el
 * @param {Located} located
 * @returns {Script}
 */
function readScript(el, located) {
  const { attrs } = located;
  const svg = el.namespaceURI === 'http://www.w3.org/2000/svg';
  const text = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
  return {
    ...located,
    kind: scriptKind(attrs.type, attrs.language),
    src: svg ? (attrs.href ?? attrs['xlink:href']) : attrs.src,
    text,
    closed: el.sourceCodeLocation?.endTag !== undefined,
  };
}

/**
 * @param {Located} located
 * @returns {Link}
 */
function readLink(located) {
  const { attrs } = located;
  return {
    ...located,
    rel: (attrs.rel ?? '')
      .toLowerCase()
      .split(/[\t\n\f\r ]+/)
      .filter(Boolean),
    as: (attrs.as ?? '').toLowerCase(),
    href: attrs.href,
  };
}

/** @param {string} text @param {number} max */
export const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * An element as error messages name it: where it is, and its opening tag (an inline script's
 * first words too, since `<script>` alone names nothing).
 * @param {string} page path relative to out/
 * @param {Located & { text?: string, src?: string }} el
 */
export function elementName(page, el) {
  const code = el.text !== undefined && el.src === undefined ? ` holding "${clip(el.text.trim(), 60)}"` : '';
  return `out/${page}:${el.line}:${el.col}: ${clip(el.openTag, 120)}${code}`;
}

/**
 * @typedef {{ at: number, end?: number, line: string, shape?: boolean }} Problem
 * One line of an error message, and where on the page: the offset it is about, and the end of
 * the element it names. `shape` marks a script that may be a form of Next.js's runtime that
 * next-export.mjs does not know (the build adapter then adds Next.js's version to the message).
 */

/**
 * Problems the Content-Security-Policy cannot solve, whatever the build does with the runtime:
 * scripts of a type the build does not know, and code in attributes.
 * @param {string} page
 * @param {ReturnType<typeof readPage>} read
 * @returns {Problem[]}
 */
export function policyProblems(page, { scripts, inlineCode }) {
  return [
    ...scripts
      .filter((s) => s.kind === 'unknown')
      .map((s) => ({
        at: s.start,
        end: s.end,
        shape: true,
        line:
          `${elementName(page, s)} has a script type the build does not know ` +
          `(${JSON.stringify(s.attrs.type ?? `text/${s.attrs.language}`)}), so it cannot tell whether a browser runs it. ` +
          `Fix: no type (or type="module") for code; type="application/ld+json" or "application/json" for data.`,
      })),
    ...inlineCode.map((el) => ({
      at: el.start,
      end: el.end,
      line:
        `${elementName(page, el)} has code in its ${el.code} attribute, which a Content-Security-Policy without ` +
        `'unsafe-inline' blocks. Fix: put the code in a script under public/scripts/ that finds the element.`,
    })),
  ];
}

/**
 * One message listing every problem, each page's in page order, under its heading (none when
 * `heading` is undefined), or '' when there is none.
 * @param {string | undefined} heading what stopped and why, e.g. "static output: not changing any page"
 * @param {readonly Problem[][]} pages the problems of each page
 * @param {string} [closing] a last paragraph, after the problems
 * @param {string} [indent] put before each problem's line
 */
export function problemsMessage(heading, pages, closing = undefined, indent = '') {
  const lines = pages.flatMap((problems) => [...problems].sort((a, b) => a.at - b.at).map((p) => indent + p.line));
  if (lines.length === 0) return '';
  return [
    ...(heading === undefined ? [] : [`${heading}:`]),
    ...lines,
    ...(closing === undefined ? [] : [closing]),
  ].join('\n');
}

/**
 * Throws one error listing every problem, each page's in page order (problemsMessage), when there is any.
 * @param {string} heading what stopped and why, e.g. "static output: not changing any page"
 * @param {readonly Problem[][]} pages the problems of each page
 * @param {string} [closing] a last paragraph, after the problems
 */
export function throwProblems(heading, pages, closing = undefined) {
  const message = problemsMessage(heading, pages, closing);
  if (message) throw new Error(message);
}

/**
 * The innermost element around a position of the page, and the line and column of the position:
 * for naming where something unexpected was found. Parses the page again, in full.
 * @param {string} html
 * @param {number} offset
 */
export function elementAround(html, offset) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  /** @type {string | undefined} */
  let openTag;
  /** @param {ParentNode} parent */
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      // Elements the page implies (<html>, <head>, <body> when not written) have no location.
      const loc = node.sourceCodeLocation;
      if (loc) {
        const end = loc.endTag?.endOffset ?? (node.tagName === 'script' ? html.length : loc.endOffset);
        if (loc.startOffset > offset || end <= offset) continue;
        const tag = loc.startTag ?? loc;
        openTag = html.slice(tag.startOffset, tag.endOffset);
      }
      walk(node);
      if ('content' in node) walk(node.content);
    }
  };
  walk(doc);
  const before = html.slice(0, offset).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1, openTag };
}
