import { describe, expect, it } from 'vitest';
import { coverFont } from './cover-font';
import { sansCharWidth } from './fit-text';

const font = coverFont();
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

describe('coverFont: Geist Regular, the font next/og ships', () => {
  it.each([
    [' ', 0.25],
    ['a', 0.551],
    ['m', 0.877],
    ['O', 0.739],
    ['W', 0.945],
  ])('reads %j as %d em wide from the font', (ch, em) => expect(font.charWidth(ch)).toBe(em));

  it('reads kerning pairs (GPOS): AV closer, AA not', () => {
    expect(font.kern('A', 'V')).toBeLessThan(0);
    expect(font.kern('A', 'A')).toBe(0);
  });

  it('has an outline for every printable ASCII character but the space, in SVG path data', () => {
    for (const ch of ascii.slice(1)) expect(font.glyph(ch).d, ch).toMatch(/^M-?\d+ -?\d+[MLQCZ\d -]*$/);
    expect(font.glyph(' ').d).toBe('');
  });

  // Path numbers are written whole and always apart ("383 0", never "3830", as opentype.js's own
  // writer did for the ampersand).
  it('writes each point as two numbers', () => {
    for (const ch of ascii.slice(1))
      for (const part of font
        .glyph(ch)
        .d.split(/[MLQCZ]/)
        .filter(Boolean))
        expect(part.split(' ').length % 2, `${ch}: ${part}`).toBe(0);
  });

  it('is never wider than sansCharWidth, the upper bound the browser-drawn diagrams start from', () => {
    for (const ch of ascii) expect(font.charWidth(ch), ch).toBeLessThanOrEqual(sansCharWidth(ch));
  });

  it('is parsed once a process', () => expect(coverFont()).toBe(font));
});
