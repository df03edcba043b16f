import type { Element, ElementContent, Root, RootContent } from 'hast';

const isH3 = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h3';
const div = (className: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: [className] },
  children,
});

/**
 * A sales page's section as cards (app/globals.css `.subsections`): each h3 with what follows it,
 * up to the next h3, becomes a `div.subsection`, and the run of them one `div.subsections` grid.
 * What comes before the first h3 (the section's introduction) stays as it is; a card that would
 * stand alone in its row spans it (markWide). A section without
 * an h3 is returned unchanged. Pure: returns a new root.
 */
export function cardSubsections(root: Root): Root {
  const first = root.children.findIndex(isH3);
  if (first === -1) return root;
  const cards: Element[] = [];
  for (const node of root.children.slice(first)) {
    if (isH3(node)) cards.push(div('subsection', [node]));
    else cards.at(-1)!.children.push(node as ElementContent);
  }
  markWide(cards);
  return { ...root, children: [...root.children.slice(0, first), div('subsections', cards)] };
}

const holdsTable = (node: ElementContent): boolean =>
  node.type === 'element' && (node.tagName === 'table' || node.children.some(holdsTable));

/**
 * Two cards a row, so a card left alone in its row would leave half of it empty: a card holding a
 * table takes a row of its own (`subsection-wide`), and so does the last card of an odd run of
 * the others.
 */
function markWide(cards: Element[]) {
  let run: Element[] = [];
  const endRun = () => {
    if (run.length % 2 === 1) wide(run.at(-1)!);
    run = [];
  };
  for (const card of cards)
    if (card.children.some(holdsTable)) {
      endRun();
      wide(card);
    } else run.push(card);
  endRun();
}

const wide = (card: Element) => (card.properties.className as string[]).push('subsection-wide');
