import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { finishTables, hastText } from './tables';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const table = (head: string[], ...rows: string[][]) =>
  el('table', [
    el('thead', [
      el(
        'tr',
        head.map((h) => el('th', [text(h)])),
      ),
    ]),
    el(
      'tbody',
      rows.map((r) =>
        el(
          'tr',
          r.map((c, i) => el(i === 0 ? 'th' : 'td', [text(c)], i === 0 ? { scope: 'row' } : {})),
        ),
      ),
    ),
  ]);
const finish = (...children: Element[]) =>
  finishTables({ type: 'root', children }, { heading: 'Section title', idPrefix: 's07-' });

/** What a wrapper holds: its properties, its caption's, and each body cell's label. */
function summary(node: Root['children'][number]) {
  const wrapper = node as Element;
  const tableEl = wrapper.children[0] as Element;
  const caption = tableEl.children[0] as Element;
  const body = tableEl.children.find((c) => (c as Element).tagName === 'tbody') as Element;
  return {
    wrapper: [wrapper.tagName, wrapper.properties],
    caption: [caption.tagName, caption.properties, hastText(caption)],
    labels: (body.children as Element[]).map((row) => (row.children as Element[]).map((c) => c.properties.dataLabel)),
  };
}

describe('finishTables', () => {
  it('captions a table with the section title, labels each body cell, and wraps it in a scroll container named by the caption', () => {
    const root = finish(
      el('p', [text('Intro.')]),
      table(['Model', 'Best for', 'Typical cost (2026)'], ['Retainer', 'Seed', '$8k']),
    );
    expect(root.children[0]).toMatchObject({ tagName: 'p' });
    expect(summary(root.children[1]!)).toEqual({
      wrapper: ['div', { className: ['table-scroll'], role: 'group', ariaLabelledBy: ['s07-table-1'], tabIndex: 0 }],
      caption: ['caption', { id: 's07-table-1', className: ['sr-only'] }, 'Section title'],
      labels: [['Model', 'Best for', 'Typical cost (2026)']],
    });
  });

  it('takes the nearest heading before the table, and the header cells when that heading already names a table', () => {
    const root = finish(
      el('h3', [el('a', [text('Costs '), el('em', [text('today')])])]),
      table(['A', 'B'], ['1', '2']),
      table(['C', '', 'E'], ['3', '4', '5']),
    );
    expect(summary(root.children[1]!).caption[2]).toBe('Costs today');
    expect(summary(root.children[2]!).caption).toEqual([
      'caption',
      { id: 's07-table-2', className: ['sr-only'] },
      'Table: C, E',
    ]);
    // A header cell without words labels nothing.
    expect(summary(root.children[2]!).labels).toEqual([['C', undefined, 'E']]);
  });

  it('finds tables inside other elements', () => {
    const root = finish(el('div', [table(['X'], ['x'])]));
    expect(summary((root.children[0] as Element).children[0]!).caption[2]).toBe('Section title');
  });
});

describe('hastText', () => {
  it('joins the text of nested elements and ignores comments', () => {
    expect(hastText(el('p', [text('a '), el('strong', [text('b')]), { type: 'comment', value: 'no' }]))).toBe('a b');
  });
});
