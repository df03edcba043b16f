// A small reading of parse5's tree for the static tests: find elements with a CSS subset, read
// their attributes and text the way the DOM does. Supported selectors: type (`a`, `*`), `.class`,
// `#id`, `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr~="v"]` in compounds, joined by a space
// (descendant) or `>` (child), and lists with `,`. Anything else throws, so a selector can never
// quietly match nothing.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { FOOTNOTE_LINKS, INLINE_TAGS } from '../site-data';

export type Element = T.Element;
export type Node = T.Node;
type Parent = T.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * An HTML page as a browser parses it. `scripting: false` is a browser with JavaScript disabled,
 * which parses the insides of <noscript> as markup; with it, they are text.
 */
export const parseHtml = (html: string, { scripting = true } = {}): T.Document =>
  parse(html, { scriptingEnabled: scripting });

export const isElement = (node: Node): node is Element => 'tagName' in node;

const parentElement = (el: Element): Element | undefined => {
  const parent = el.parentNode;
  return parent && isElement(parent) ? parent : undefined;
};

/** An attribute's value (names are lower case in HTML, as the parser stores them), or null. */
export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name.toLowerCase())?.value ?? null;
}

/** The element children of a node, in order (a <template>'s content is not among them, as in the DOM). */
export const elementChildren = (node: Parent): Element[] => node.childNodes.filter(isElement);

/** Every element under `node`, in document order. */
function* elementsUnder(node: Parent): Generator<Element> {
  for (const child of elementChildren(node)) {
    yield child;
    yield* elementsUnder(child);
  }
}

/** The DOM's textContent: every text node under `node`, joined (comments and a template's content left out). */
export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textContent).join('');
}

type Test = (el: Element) => boolean;
interface Compound {
  tests: Test[];
  /** False until the compound has a simple selector (`*` included). */
  given: boolean;
  /** How this compound relates to the one before it (to its left). */
  combinator: ' ' | '>';
}

const TOKEN =
  /\s*(>)\s*|(\s+)|([a-zA-Z][\w-]*|\*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:([~^]?=)"([^"]*)")?\]|(,)\s*|(.)/y;

/** A selector list as its complex selectors, each a row of compounds from left to right. */
function compile(selector: string): Compound[][] {
  const list: Compound[][] = [[{ tests: [], given: false, combinator: ' ' }]];
  let pending: ' ' | '>' | undefined;
  TOKEN.lastIndex = 0;
  const src = selector.trim();
  for (let m = TOKEN.exec(src); m && m.index < src.length; m = TOKEN.exec(src)) {
    const [, child, space, tag, cls, id, name, op, value, comma, other] = m;
    if (other !== undefined)
      throw new Error(`tests/static/dom.ts cannot read the selector "${selector}" at "${other}"`);
    if (comma) {
      list.push([{ tests: [], given: false, combinator: ' ' }]);
      pending = undefined;
      continue;
    }
    if (child || space) {
      pending = child ? '>' : (pending ?? ' ');
      continue;
    }
    const complex = list.at(-1)!;
    if (pending) {
      complex.push({ tests: [], given: false, combinator: pending });
      pending = undefined;
    }
    const compound = complex.at(-1)!;
    const tests = compound.tests;
    compound.given = true;
    if (tag) {
      if (tag !== '*') tests.push((el) => el.tagName === tag.toLowerCase());
    } else if (cls) tests.push((el) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls));
    else if (id) tests.push((el) => attr(el, 'id') === id);
    else if (name) {
      tests.push((el) => {
        const v = attr(el, name);
        if (v === null) return false;
        if (!op) return true;
        if (op === '=') return v === value;
        if (op === '^=') return !!value && v.startsWith(value);
        return !!value && v.split(/\s+/).includes(value);
      });
    }
  }
  if (pending === '>' || list.some((complex) => complex.some((c) => !c.given)))
    throw new Error(`tests/static/dom.ts: an empty compound in the selector "${selector}"`);
  return list;
}

const compiled = new Map<string, Compound[][]>();
const compiledOf = (selector: string) => {
  if (!compiled.has(selector)) compiled.set(selector, compile(selector));
  return compiled.get(selector)!;
};

function matchesComplex(el: Element, complex: Compound[], i = complex.length - 1): boolean {
  const compound = complex[i]!;
  if (!compound.tests.every((t) => t(el))) return false;
  if (i === 0) return true;
  if (compound.combinator === '>') {
    const parent = parentElement(el);
    return !!parent && matchesComplex(parent, complex, i - 1);
  }
  for (let up = parentElement(el); up; up = parentElement(up)) if (matchesComplex(up, complex, i - 1)) return true;
  return false;
}

/** True when the element matches the selector (Element.matches). */
export const matches = (el: Element, selector: string): boolean =>
  compiledOf(selector).some((complex) => matchesComplex(el, complex));

/** The elements under `root` that match, in document order (querySelectorAll: ancestors above `root` count). */
export const all = (root: Parent, selector: string): Element[] =>
  [...elementsUnder(root)].filter((el) => matches(el, selector));

/** The first element under `root` that matches (querySelector), or undefined. */
export const first = (root: Parent, selector: string): Element | undefined => all(root, selector)[0];

/** The element itself or its nearest ancestor that matches (Element.closest), or undefined. */
export function closest(el: Element, selector: string): Element | undefined {
  for (let at: Element | undefined = el; at; at = parentElement(at)) if (matches(at, selector)) return at;
  return undefined;
}

/** document.title: the first HTML <title>'s text, whitespace stripped and collapsed. */
export function documentTitle(doc: T.Document): string {
  const title = all(doc, 'title').find((t) => t.namespaceURI === HTML_NS);
  return title
    ? textContent(title)
        .replace(/[\t\n\f\r ]+/g, ' ')
        .trim()
    : '';
}

/**
 * Hidden from everyone on a phone, as far as the HTML alone says: the `hidden` attribute, an inline
 * `display: none` or `visibility: hidden`, or the utility classes `hidden` and `invisible` (which
 * apply below every breakpoint), on the element or an ancestor; or inside a closed <details>
 * (its <summary> apart). Styles from the stylesheet are not read: a browser test sees those.
 */
export function hiddenOnPhone(el: Element): boolean {
  for (let at: Element | undefined = el, below: Element | undefined; at; below = at, at = parentElement(at)) {
    const style = (attr(at, 'style') ?? '').replace(/\s+/g, '');
    const classes = (attr(at, 'class') ?? '').split(/\s+/);
    if (attr(at, 'hidden') !== null || /display:none|visibility:hidden/.test(style)) return true;
    if (classes.includes('hidden') || classes.includes('invisible')) return true;
    if (at.tagName === 'details' && attr(at, 'open') === null && below && below.tagName !== 'summary') return true;
  }
  return false;
}

/** Hidden from assistive technology by the HTML: hiddenOnPhone, or aria-hidden="true" on it or an ancestor. */
export function hiddenFromAccessibility(el: Element): boolean {
  if (hiddenOnPhone(el)) return true;
  for (let at: Element | undefined = el; at; at = parentElement(at))
    if (attr(at, 'aria-hidden') === 'true') return true;
  return false;
}

/**
 * An element's accessible name as the HTML gives it: the text of the elements aria-labelledby
 * names, else aria-label (what Playwright's getByRole({ name }) compares for a landmark).
 */
function accessibleName(el: Element, doc: Parent): string {
  const ids = attr(el, 'aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => all(doc, '*').find((e) => attr(e, 'id') === id))
      .map((e) => (e ? textContent(e).replace(/\s+/g, ' ').trim() : ''))
      .join(' ')
      .trim();
  return (attr(el, 'aria-label') ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Playwright's getByRole('navigation', { name }) over the HTML: <nav> or role="navigation", not
 * hidden, whose accessible name contains `name` (case-insensitive, Playwright's default).
 */
export const navigations = (doc: T.Document, name: string): Element[] =>
  all(doc, 'nav, [role="navigation"]').filter(
    (el) =>
      (el.tagName !== 'nav' || attr(el, 'role') === null || attr(el, 'role') === 'navigation') &&
      !hiddenFromAccessibility(el) &&
      accessibleName(el, doc).toLowerCase().includes(name.toLowerCase()),
  );

/** Playwright's getByRole('link') under `root`: <a href> / <area href> or role="link", not hidden. */
export const roleLinks = (root: Element): Element[] =>
  all(root, 'a[href], area[href], [role="link"]').filter((el) => !hiddenFromAccessibility(el));

/** An element's tagName as the DOM gives it: upper case for HTML, as written for SVG and MathML. */
const domTagName = (el: Element) => (el.namespaceURI === HTML_NS ? el.tagName.toUpperCase() : el.tagName);

/** What a reader sees in a node: inline elements within their line, every other element a block apart. */
function readerText(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!isElement(node)) return '';
  // A footnote's number and its way back are page furniture, not the author's words.
  if (matches(node, FOOTNOTE_LINKS)) return '';
  const inner = node.childNodes.map(readerText).join('');
  return INLINE_TAGS.has(domTagName(node)) ? inner : ` ${inner} `;
}

/**
 * The text of each child element of `root`, in order, as a reader sees it without styling: the
 * rule of tests/e2e/helpers.ts's childTexts (tags as the DOM's tagName gives them: HTML's upper case).
 */
export const childTexts = (root: Element): { tag: string; id: string; text: string }[] =>
  elementChildren(root).map((c) => ({
    tag: domTagName(c),
    id: attr(c, 'id') ?? '',
    text: readerText(c).replace(/\s+/g, ' ').trim(),
  }));
