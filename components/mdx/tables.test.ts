import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/content/parse/markdown';
import { sectionHast } from '@/lib/content/parse/to-hast';
import { finishTables } from './tables';

/** A section body as the page gets it: the loader's tree made HTML (sectionHast), then finished. */
const finish = (markdown: string) =>
  finishTables(sectionHast({ number: 7, tree: parseMdx(markdown) }), { heading: 'Section title', idPrefix: 's07-' });

const elements = (node: Root | Element): Element[] =>
  (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');
const child = (node: Element, tagName: string) => elements(node).find((c) => c.tagName === tagName);
const cells = (section: Element | undefined) =>
  section ? elements(section).map((row) => elements(row).map((c) => [c.tagName, c.properties, toString(c)])) : [];

/** What a wrapper holds: its properties, its caption's, and each header and body cell as [tag, properties, text]. */
function summary(wrapper: Element) {
  const table = elements(wrapper)[0]!;
  const caption = elements(table)[0]!;
  return {
    wrapper: [wrapper.tagName, wrapper.properties],
    caption: [caption.tagName, caption.properties, toString(caption)],
    head: cells(child(table, 'thead')),
    body: cells(child(table, 'tbody')),
  };
}

describe('finishTables', () => {
  it('scopes the header cells, heads each row with its first cell, labels and aligns each cell, captions the table and wraps it in a scroll container named by the caption', () => {
    const root = finish(
      'Intro.\n\n| Model | Best for | Typical cost (2026) |\n| :-- | :-: | --: |\n| Retainer | Seed | $8k |\n| Audit | Any | $5k |',
    );
    expect(elements(root).map((e) => e.tagName)).toEqual(['p', 'div']);
    expect(summary(elements(root)[1]!)).toEqual({
      wrapper: ['div', { className: ['table-scroll'], role: 'group', ariaLabelledBy: ['s07-table-1'], tabIndex: 0 }],
      caption: ['caption', { id: 's07-table-1', className: ['sr-only'] }, 'Section title'],
      head: [
        [
          ['th', { scope: 'col', className: ['text-left'] }, 'Model'],
          ['th', { scope: 'col', className: ['text-center'] }, 'Best for'],
          ['th', { scope: 'col', className: ['text-right'] }, 'Typical cost (2026)'],
        ],
      ],
      body: [
        [
          ['th', { scope: 'row', dataLabel: 'Model', className: ['text-left'] }, 'Retainer'],
          ['td', { dataLabel: 'Best for', className: ['text-center'] }, 'Seed'],
          ['td', { dataLabel: 'Typical cost (2026)', className: ['text-right'] }, '$8k'],
        ],
        [
          ['th', { scope: 'row', dataLabel: 'Model', className: ['text-left'] }, 'Audit'],
          ['td', { dataLabel: 'Best for', className: ['text-center'] }, 'Any'],
          ['td', { dataLabel: 'Typical cost (2026)', className: ['text-right'] }, '$5k'],
        ],
      ],
    });
  });

  it('takes the nearest heading before the table, and the header cells when that heading already names a table; an unaligned column gets no class', () => {
    const [, first, second] = elements(
      finish('### Costs *today*\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n| C |   | E |\n|---|---|---|\n| 3 | 4 | 5 |'),
    ).map((e, i) => (i === 0 ? undefined : summary(e)));
    expect(first!.caption[2]).toBe('Costs today');
    expect(second!.caption).toEqual(['caption', { id: 's07-table-2', className: ['sr-only'] }, 'Table: C, E']);
    // A header cell without words labels nothing.
    expect(second!.body).toEqual([
      [
        ['th', { scope: 'row', dataLabel: 'C' }, '3'],
        ['td', {}, '4'],
        ['td', { dataLabel: 'E' }, '5'],
      ],
    ]);
  });

  it('finishes a table inside other elements, and one with a header row only', () => {
    const root = finish('> | X |\n> |---|\n> | x |\n\n| Only | Header |\n|---|---|');
    const quoted = summary(elements(elements(root)[0]!)[0]!);
    expect(quoted.caption[2]).toBe('Section title');
    expect(quoted.body).toEqual([[['th', { scope: 'row', dataLabel: 'X' }, 'x']]]);
    const bare = summary(elements(root)[1]!);
    expect(bare.caption[2]).toBe('Table: Only, Header');
    expect(bare.head).toEqual([
      [
        ['th', { scope: 'col' }, 'Only'],
        ['th', { scope: 'col' }, 'Header'],
      ],
    ]);
    expect(bare.body).toEqual([]);
  });
});
