import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { cardSubsections } from './subsections';

const el = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
const root = (...children: Element[]): Root => ({ type: 'root', children });
/** The tree as nested tag names and words, to compare at a glance. */
const shape = (node: Root | Element): unknown =>
  node.children.map((c) =>
    c.type === 'element'
      ? c.tagName === 'div'
        ? { [(c.properties.className as string[]).join(' ')]: shape(c) }
        : `${c.tagName}:${c.children.map((t) => (t.type === 'text' ? t.value : '')).join('')}`
      : c.type,
  );

describe('cardSubsections', () => {
  it('keeps the introduction, and makes each h3 and what follows it a card in one grid', () => {
    const tree = root(el('p', 'intro'), el('h3', 'A'), el('p', 'a1'), el('p', 'a2'), el('h3', 'B'), el('table', 'b'));
    expect(shape(cardSubsections(tree))).toEqual([
      'p:intro',
      {
        subsections: [
          { 'subsection subsection-wide': ['h3:A', 'p:a1', 'p:a2'] },
          { 'subsection subsection-wide': ['h3:B', 'table:b'] },
        ],
      },
    ]);
  });

  it('a section that opens with an h3 has no introduction', () => {
    expect(shape(cardSubsections(root(el('h3', 'A'), el('p', 'a'))))).toEqual([
      { subsections: [{ 'subsection subsection-wide': ['h3:A', 'p:a'] }] },
    ]);
  });

  it('leaves a section without an h3 as it is, and never changes the tree it is given', () => {
    const plain = root(el('p', 'only'), el('h4', 'not a subsection'));
    expect(cardSubsections(plain)).toBe(plain);
    const tree = root(el('p', 'intro'), el('h3', 'A'));
    const before = structuredClone(tree);
    cardSubsections(tree);
    expect(tree).toEqual(before);
  });

  it.each([
    ['two cards share a row', ['p', 'p'], ['', '']],
    ['the third of three spans its row', ['p', 'p', 'p'], ['', '', ' subsection-wide']],
    [
      'a table card spans its row, and splits the runs around it',
      ['p', 'table', 'p', 'p'],
      [' subsection-wide', ' subsection-wide', '', ''],
    ],
    ['a table nested in a wrapper counts', ['div>table', 'p', 'p'], [' subsection-wide', '', '']],
  ])('%s', (_, bodies, expected) => {
    const body = (b: string): Element =>
      b === 'div>table' ? { ...el('div', ''), children: [el('table', 'x')] } : el(b, 'x');
    const tree = root(...bodies.flatMap((b, i) => [el('h3', String(i)), body(b)]));
    const grid = cardSubsections(tree).children[0] as Element;
    expect(
      grid.children.map((c) => ((c as Element).properties.className as string[]).join(' ').replace('subsection', '')),
    ).toEqual(expected);
  });

  it('keeps every node, in order', () => {
    const nodes = [el('p', '1'), el('h3', '2'), el('p', '3'), el('h3', '4'), el('ul', '5'), el('p', '6')];
    const flat = (n: Root | Element): string[] =>
      n.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'div' ? flat(c) : [c.tagName]));
    expect(flat(cardSubsections(root(...nodes)))).toEqual(nodes.map((n) => n.tagName));
  });
});
