import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;
const elements = (node: Element) => node.children.filter((c): c is Element => c.type === 'element');
const rowsOf = (node: Element | undefined) => (node ? elements(node).filter((c) => c.tagName === 'tr') : []);

/** GFM column alignment as a class: an inline style attribute would break the site's CSP. */
const ALIGN: Record<string, string> = { left: 'text-left', center: 'text-center', right: 'text-right' };

/**
 * Readies a section's tables for any screen and any reader, in place (the tree is the one just
 * made for this render): all of a table's finishing is here, in one pass. Each table gets:
 * - `scope="col"` on its header cells, and its body rows' first cells made row headers
 *   (`<th scope="row">`), for screen readers.
 * - `data-label` on every body cell: its column's header, which the phone layout (app/globals.css)
 *   shows above the cell when each row reads as a card.
 * - each cell's GFM alignment as a class (text-left, text-center, text-right).
 * - a `<caption>` naming it: the words of the heading it sits under (the nearest heading before
 *   it in the body, else `heading`, the section's own title), or its header cells ("Table: Model,
 *   Best for") when that heading already names an earlier table. Visually hidden: the heading is
 *   on screen just above it.
 * - a wrapper, `<div class="table-scroll" role="group" tabindex="0">` named by the caption: on a
 *   screen wide enough for columns, a table wider than the column scrolls there, never the page.
 *   A group, not a region: the section around it is the landmark, often named by the same words.
 */
export function finishTables(root: Root, { heading, idPrefix }: { heading: string; idPrefix: string }): Root {
  let nearest = heading.trim();
  const used = new Set<string>();
  let count = 0;
  visit(root, 'element', (node, index, parent) => {
    if (HEADING.test(node.tagName)) {
      nearest = toString(node).trim();
      return SKIP;
    }
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const labels = finishCells(node);
    const name = nearest && !used.has(nearest) ? nearest : `Table: ${labels.filter(Boolean).join(', ')}`;
    used.add(nearest);
    const id = `${idPrefix}table-${++count}`;
    node.children.unshift({
      type: 'element',
      tagName: 'caption',
      properties: { id, className: ['sr-only'] },
      children: [{ type: 'text', value: name }],
    });
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'group', ariaLabelledBy: [id], tabIndex: 0 },
      children: [node],
    };
    return SKIP;
  });
  return root;
}

/** Finishes every cell of a table (scope, row headers, labels, alignment); returns the column labels. */
function finishCells(table: Element): string[] {
  const parts = elements(table);
  const header = rowsOf(parts.find((c) => c.tagName === 'thead'))[0];
  const labels = header ? elements(header).map((cell) => toString(cell).trim()) : [];
  for (const cell of header ? elements(header) : []) finishCell(cell, { scope: 'col' });
  for (const body of parts.filter((c) => c.tagName === 'tbody'))
    for (const row of rowsOf(body))
      elements(row).forEach((cell, col) => {
        if (col === 0 && cell.tagName === 'td') cell.tagName = 'th';
        finishCell(cell, { scope: cell.tagName === 'th' ? 'row' : undefined, label: labels[col] });
      });
  return labels;
}

/** One cell's attributes, in the order the page writes them: scope, data-label, class. */
function finishCell(cell: Element, { scope, label }: { scope?: 'col' | 'row'; label?: string }) {
  const { align, ...rest } = cell.properties;
  cell.properties = {
    ...(scope && { scope }),
    ...(label && { dataLabel: label }),
    ...rest,
    ...(typeof align === 'string' && ALIGN[align] && { className: [ALIGN[align]] }),
  };
}
