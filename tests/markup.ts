// Rendered markup as the component tests read it: parsed by parse5 (a browser's parser), then its
// elements in document order, an element's attributes and its text.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;

/** Every element of the markup, in document order. */
export function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes)
      if ('tagName' in child) {
        out.push(child);
        walk(child);
      }
  };
  walk(parse(html, { treeAdapter: defaultTreeAdapter }));
  return out;
}

export const attrs = (el: Element) => Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));

export const textOf = (el: Element): string =>
  el.childNodes.map((n) => ('value' in n ? n.value : 'tagName' in n ? textOf(n) : '')).join('');
