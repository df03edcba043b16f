import { describe, expect, it } from 'vitest';
import { LONGEST } from '@/tests/fixtures/longest-article';
import { coverLayout, coverMetrics, ideaCuts } from './cover-layout';
import { architectureDiagram } from './diagram';
import { textWidth, type CharWidth, type Kerning } from './fit-text';
import type { Idea } from './idea';
import { ideaLayout, PAGE_COVER, type IdeaLayout, type IdeaLayoutOptions } from './idea-layout';
import { COVER_IMAGES, type CoverKind } from '@/lib/media/covers';

const W = (n: number) => 'W'.repeat(n);
const IDEAS: [string, Idea][] = [
  [
    'the diagram’s own labels',
    {
      from: architectureDiagram.input,
      through: [...architectureDiagram.tradeOffs],
      to: [...architectureDiagram.outputs],
    },
  ],
  ['the longest labels the schema allows', LONGEST.idea],
  ['many short labels', { from: 'Go', through: ['A', 'B', 'C', 'D'], to: ['E', 'F', 'G', 'H'] }],
  ['one label a column', { from: 'Start', through: ['Middle'], to: ['End'] }],
  ['no results: two columns', { from: 'Definition', through: ['Options'], to: [] }],
  ['a start alone', { from: 'Only', through: [], to: [] }],
];

/**
 * Every box inside the band, every line of every label inside its box less its padding (measured
 * as the drawing measures: by `metrics`), nothing cut.
 */
function expectFits(
  layout: IdeaLayout,
  idea: Idea,
  o: IdeaLayoutOptions,
  metrics: { charWidth: CharWidth; kern?: Kerning },
) {
  expect(layout.cut).toBe(false);
  expect(layout.boxes.map((b) => b.lines.join(' '))).toEqual([idea.from, ...idea.through, ...idea.to].filter(Boolean));
  expect(layout.fontSize).toBeGreaterThanOrEqual(o.minFont);
  expect(layout.fontSize).toBeLessThanOrEqual(o.maxFont);
  for (const b of layout.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(layout.width + 0.01);
    expect(b.y + b.h).toBeLessThanOrEqual(layout.height + 0.01);
    expect(b.lines.length * layout.fontSize * layout.lineHeight).toBeLessThanOrEqual(b.h - 2 * o.padY + 0.01);
    for (const line of b.lines)
      expect(textWidth(line, layout.fontSize, metrics), line).toBeLessThanOrEqual(b.w - 2 * o.padX);
  }
  // Boxes never overlap: within a column each starts below the one before, columns left to right.
  const columns = [...new Set(layout.boxes.map((b) => b.x))];
  for (const [i, x] of columns.entries()) {
    const column = layout.boxes.filter((b) => b.x === x);
    column.slice(1).forEach((b, j) => expect(b.y).toBeGreaterThanOrEqual(column[j]!.y + column[j]!.h));
    if (i > 0) expect(x).toBeGreaterThan(layout.boxes.find((b) => b.x === columns[i - 1])!.x + column[0]!.w * 0);
  }
}

describe('ideaLayout on the cover PNGs', () => {
  const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
  describe.each(IDEAS)('%s', (_, idea) => {
    it.each(kinds)('fits every label on the %s cover, below the headline and above the author', (kind) => {
      const size = COVER_IMAGES[kind];
      const layout = coverLayout(size, { headline: LONGEST.headline, ...LONGEST.author, idea });
      const base = Math.min(size.width / 18, size.height / 7.5);
      const options = {
        maxFont: Math.round(base * 0.5),
        minFont: Math.round(base * 0.3),
        padX: Math.round(base * 0.2),
        padY: Math.round(base * 0.12),
        columnGap: 0,
        rowGap: 0,
      };
      expectFits(layout.idea, idea, options, coverMetrics());
      const top = layout.idea.top + Math.min(...layout.idea.boxes.map((b) => b.y));
      const bottom = layout.idea.top + Math.max(...layout.idea.boxes.map((b) => b.y + b.h));
      expect(top).toBeGreaterThan(layout.headline.top + layout.headline.height);
      expect(bottom).toBeLessThan(layout.name.top);
    });
  });
});

describe('ideaLayout on the article page', () => {
  it.each(IDEAS)('fits %s in the page’s cover, in the widest system font', (_, idea) => {
    const layout = ideaLayout(PAGE_COVER.size, idea, PAGE_COVER.options);
    expectFits(layout, idea, PAGE_COVER.options, PAGE_COVER.options);
  });
});

describe('ideaLayout', () => {
  const o: IdeaLayoutOptions = { maxFont: 30, minFont: 12, columnGap: 40, rowGap: 10, padX: 10, padY: 6 };
  const size = { width: 900, height: 240 };

  it.each([
    // [idea, font size, lines of the longest label]: exact, so a change to the rules shows.
    ['short labels take the largest size, one line each', { from: 'A', through: ['B', 'C'], to: ['D'] }, 30, 1],
    ['four labels a column share the band’s height', { from: 'A', through: ['B', 'C', 'D', 'E'], to: ['F'] }, 30, 1],
    [
      'a long label shrinks every label to one size',
      { from: 'A', through: ['Orchestration graph design', 'B'], to: ['C'] },
      20,
      1,
    ],
    [
      'a label alone in its column may wrap, the others keep their size',
      { from: 'Regulated multi-agent requirement', through: ['B', 'C'], to: ['D'] },
      30,
      3,
    ],
  ] as const)('%s', (_, idea, fontSize, lines) => {
    const layout = ideaLayout(size, { from: idea.from, through: [...idea.through], to: [...idea.to] }, o);
    expect(layout.fontSize).toBe(fontSize);
    expect(Math.max(...layout.boxes.map((b) => b.lines.length))).toBe(lines);
    expect(layout.cut).toBe(false);
  });

  it('takes a second line in the stacked columns only when one line does not fit at the smallest size', () => {
    const idea = { from: 'A', through: [W(20), 'B'], to: ['C', 'D'] };
    const narrow = ideaLayout({ width: 500, height: 240 }, idea, o);
    expect(narrow.boxes.find((b) => b.label === W(20))!.lines).toHaveLength(2);
    // Every box of the stacked columns is as tall as the tallest, so their rows line up.
    const stacked = narrow.boxes.filter((b) => b.label !== 'A');
    expect(new Set(stacked.map((b) => b.h)).size).toBe(1);
  });

  it('cuts a label that cannot fit even at the smallest size, and says so', () => {
    const layout = ideaLayout({ width: 300, height: 100 }, { from: 'A', through: [W(60)], to: ['B'] }, o);
    expect(layout.cut).toBe(true);
    expect(layout.boxes[1]!.lines.at(-1)).toMatch(/…$/);
  });

  it('joins the columns: an arrow into every box after the start, from a spine between the columns', () => {
    const layout = ideaLayout(size, { from: 'A', through: ['B', 'C', 'D'], to: ['E', 'F'] }, o);
    const targets = layout.boxes.filter((b) => b.label !== 'A');
    expect(layout.arrows.map((a) => [a.x, a.y])).toEqual(targets.map((b) => [b.x, b.y + b.h / 2]));
    for (const s of layout.segments) expect(s.x1 === s.x2 || s.y1 === s.y2).toBe(true);
    // Every box's middle is reached by a segment (an exit from the left column, an entry to the right).
    for (const b of layout.boxes) {
      const y = b.y + b.h / 2;
      expect(
        layout.segments.some(
          (s) => s.y1 === y && s.y2 === y && (s.x1 === b.x + b.w || s.x2 === b.x - layout.arrows[0]!.size),
        ),
      ).toBe(true);
    }
  });
});

describe('ideaCuts', () => {
  const sizes = Object.values(COVER_IMAGES);
  it.each([
    ['labels of the allowed lengths, in words', LONGEST.idea, []],
    [
      'the widest letter at every limit',
      { from: W(32), through: [W(20), 'Cost', 'Risk', 'Time'], to: ['Map', 'Plan', 'Log', W(20)] },
      ['from', 'through.0', 'to.3'],
    ],
    ['one unbroken word as long as a label may be', { from: 'A', through: ['B'], to: ['Observabilityplanxxx'] }, []],
  ] as const)('%s: %j', (_, idea, cut) => {
    expect(ideaCuts({ from: idea.from, through: [...idea.through], to: [...idea.to] }, sizes)).toEqual(cut);
  });
});
