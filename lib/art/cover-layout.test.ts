import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { LONGEST } from '@/tests/fixtures/longest-article';
import { coverLayout, coverMetrics, type CoverLayout } from './cover-layout';
import { textWidth } from './fit-text';
import { COVER_IMAGES, type CoverKind } from '@/lib/media/covers';

const author = { ...LONGEST.author, idea: LONGEST.idea };
const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
const bottom = (t: { top: number; height: number }) => t.top + t.height;

/**
 * Every block inside the card, in order top to bottom, none overlapping, every line inside the
 * width as the cover font draws it (its advances and kerning).
 */
function expectFits(layout: CoverLayout, size: { width: number; height: number }) {
  const { kicker, headline, idea, name, jobTitle, padY, width } = layout;
  const drawing = {
    top: idea.top + Math.min(...idea.boxes.map((b) => b.y)),
    bottom: idea.top + Math.max(...idea.boxes.map((b) => b.y + b.h)),
  };
  expect(kicker.top).toBeGreaterThanOrEqual(0);
  expect(bottom(kicker)).toBeLessThanOrEqual(headline.top);
  expect(bottom(headline)).toBeLessThan(drawing.top);
  expect(drawing.bottom).toBeLessThan(name.top);
  expect(idea.cut).toBe(false);
  expect(bottom(name)).toBeLessThanOrEqual(jobTitle.top);
  expect(bottom(jobTitle)).toBeLessThanOrEqual(size.height - padY);
  const blocks = [
    [kicker, kicker.letterSpacing],
    [headline, 0],
    [name, 0],
    [jobTitle, 0],
  ] as const;
  for (const [block, letterSpacing] of blocks) {
    expect(block.cut).toBe(false);
    for (const line of block.lines)
      expect(textWidth(line, block.fontSize, { letterSpacing, ...coverMetrics() })).toBeLessThanOrEqual(width);
  }
}

describe('coverLayout', () => {
  it('reads a fixture whose headline and description are the schema’s 160-character maximum', () => {
    expect([LONGEST.headline.length, LONGEST.description.length]).toEqual([160, 160]);
  });

  // Font size and line count of the headline on each card: exact, so a change to the layout shows
  // (measured by Geist's own advances and kerning, narrower than the old per-character upper bound).
  it.each([
    ['og', 33, 3],
    ['16x9', 37, 3],
    ['4x3', 41, 4],
    ['1x1', 58, 5],
  ] as const)(
    'fits a 160-character headline on the %s cover at %dpx in %d lines, above the drawing and the author',
    (kind, size, lines) => {
      const layout = coverLayout(COVER_IMAGES[kind], { headline: LONGEST.headline, ...author });
      expect([layout.headline.fontSize, layout.headline.lines.length]).toEqual([size, lines]);
      expect(layout.headline.lines.join(' ')).toBe(LONGEST.headline);
      expectFits(layout, COVER_IMAGES[kind]);
    },
  );

  it.each(kinds)('fits a 160-character description (the og.png text) on the %s card', (kind) => {
    const layout = coverLayout(COVER_IMAGES[kind], { headline: LONGEST.description, ...author });
    expectFits(layout, COVER_IMAGES[kind]);
  });

  it.each(kinds)('fits 160 of the widest letter, and one unbroken 160-character word, on the %s card', (kind) => {
    for (const headline of ['W'.repeat(160), `${'W'.repeat(79)} ${'M'.repeat(80)}`])
      expectFits(coverLayout(COVER_IMAGES[kind], { headline, ...author }), COVER_IMAGES[kind]);
  });

  it('fits the site’s own description on og.png', () => {
    const layout = coverLayout(COVER_IMAGES.og, { headline: site.description, ...author });
    expectFits(layout, COVER_IMAGES.og);
    expect(layout.headline.lines.join(' ')).toBe(site.description);
  });

  it('places the og card exactly', () => {
    const layout = coverLayout(COVER_IMAGES.og, { headline: LONGEST.headline, ...author });
    expect({
      pad: layout.pad,
      width: layout.width,
      kicker: [layout.kicker.fontSize, layout.kicker.top, layout.kicker.height],
      headline: [layout.headline.fontSize, layout.headline.top, layout.headline.height],
      name: [layout.name.fontSize, layout.name.top, layout.name.height],
      jobTitle: [layout.jobTitle.fontSize, layout.jobTitle.top, layout.jobTitle.height],
    }).toEqual({
      pad: 84,
      width: 1032,
      kicker: [28, 50, 33.6],
      headline: [33, 111, 113.85],
      name: [28, 506, 36.4],
      jobTitle: [28, 543, 36.4],
    });
  });

  it('keeps a short headline at the largest size', () => {
    const layout = coverLayout(COVER_IMAGES.og, { headline: 'Short headline', ...author });
    expect([layout.headline.fontSize, layout.headline.lines]).toEqual([67, ['Short headline']]);
  });
});
