import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import type { Section } from './section';

/** The prefix of the ids the renderer makes inside a section (footnotes, table captions): s01-, s02-… */
export const sectionIdPrefix = (number: number) => `s${String(number).padStart(2, '0')}-`;

/**
 * A section's body as an HTML tree (hast), made from the loader's own mdast: the ids the loader
 * gave its headings are the ids on the page. MDX components stay elements named after the
 * component (<QuickAnswer>), which components/mdx renders. Footnote ids are prefixed with the
 * section's number, so two sections' notes never share an id.
 */
export function sectionHast(section: Pick<Section, 'number' | 'tree'>): HastRoot {
  const prefix = sectionIdPrefix(section.number);
  const tree = toHast(section.tree as Root, {
    clobberPrefix: prefix,
    // A label, not a heading: the section's outline (and its table of contents) is the author's.
    footnoteLabel: 'Notes',
    footnoteLabelTagName: 'p',
    footnoteLabelProperties: { className: ['footnotes-label'] },
    handlers: { mdxJsxFlowElement: component },
  });
  const root: HastRoot = tree.type === 'root' ? tree : { type: 'root', children: [tree as Element] };
  for (const node of root.children) if (node.type === 'element') finish(node, prefix);
  return root;
}

const LABEL = 'footnote-label';

/**
 * Two touches the converter leaves to us: the first cell of each table body row heads its row
 * (<th scope="row">, for screen readers), and the footnotes' label, which the converter always
 * calls #footnote-label, gets the section's prefix like every other footnote id.
 */
function finish(node: Element, prefix: string, inBody = false): void {
  const props = node.properties;
  if (props.id === LABEL) props.id = `${prefix}${LABEL}`;
  if (Array.isArray(props.ariaDescribedBy))
    props.ariaDescribedBy = props.ariaDescribedBy.map((id) => (id === LABEL ? `${prefix}${LABEL}` : id));
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr' && inBody) {
      const first = child.children.find((c): c is Element => c.type === 'element');
      if (first?.tagName === 'td')
        Object.assign(first, { tagName: 'th', properties: { ...first.properties, scope: 'row' } });
    }
    finish(child, prefix, inBody || child.tagName === 'tbody');
  }
}

/** <Name>…</Name> in MDX → an element named Name; the loader has already refused attributes. */
function component(state: State, node: MdxJsxFlowElement): Element {
  return {
    type: 'element',
    tagName: node.name ?? 'div',
    properties: {},
    children: state.all(node) as Element['children'],
  };
}
