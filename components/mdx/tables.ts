import type { Element, Root, RootContent } from 'hast';

/** The words inside a hast node, as a reader sees them. */
export function hastText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(hastText).join('');
  return '';
}

const HEADING = /^h[1-6]$/;
const elements = (node: Element) => node.children.filter((c): c is Element => c.type === 'element');
const rowsOf = (node: Element | undefined) => (node ? elements(node).filter((c) => c.tagName === 'tr') : []);

/**
 * Readies a section's tables for any screen, in place (the tree is the one just made for this
 * render). Each table gets:
 * - a `<caption>` naming it: the words of the heading it sits under (the nearest heading before
 *   it in the body, else `heading`, the section's own title), or its header cells ("Table: Model,
 *   Best for") when that heading already names an earlier table. Visually hidden: the heading is
 *   on screen just above it.
 * - `data-label` on every body cell: its column's header, which the phone layout (app/globals.css)
 *   shows above the cell when each row reads as a card.
 * - a wrapper, `<div class="table-scroll" role="group" tabindex="0">` named by the caption: on a
 *   screen wide enough for columns, a table wider than the column scrolls there, never the page.
 *   A group, not a region: the section around it is the landmark, often named by the same words.
 */
export function finishTables(root: Root, { heading, idPrefix }: { heading: string; idPrefix: string }): Root {
  let nearest = heading.trim();
  const used = new Set<string>();
  let count = 0;
  const visit = (parent: Root | Element) => {
    parent.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      if (HEADING.test(child.tagName)) {
        nearest = hastText(child).trim();
        return;
      }
      if (child.tagName !== 'table') return visit(child);
      const head = elements(child).find((c) => c.tagName === 'thead');
      const labels = elements(rowsOf(head)[0] ?? { type: 'element', tagName: 'tr', properties: {}, children: [] }).map(
        (cell) => hastText(cell).trim(),
      );
      for (const body of elements(child).filter((c) => c.tagName === 'tbody'))
        for (const row of rowsOf(body))
          elements(row).forEach((cell, col) => {
            if (labels[col]) cell.properties.dataLabel = labels[col];
          });
      const name = nearest && !used.has(nearest) ? nearest : `Table: ${labels.filter(Boolean).join(', ')}`;
      used.add(nearest);
      const id = `${idPrefix}table-${++count}`;
      const caption: Element = {
        type: 'element',
        tagName: 'caption',
        properties: { id, className: ['sr-only'] },
        children: [{ type: 'text', value: name }],
      };
      child.children.unshift(caption);
      parent.children[i] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'group', ariaLabelledBy: [id], tabIndex: 0 },
        children: [child],
      };
    });
  };
  visit(root);
  return root;
}
