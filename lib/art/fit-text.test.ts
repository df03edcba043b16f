import { describe, expect, it } from 'vitest';
import { fitText, sansCharWidth, textWidth, wrapText } from './fit-text';

// Half an em a character: at 10px every character is 5px wide, so the arithmetic is plain.
const half = { charWidth: 0.5 };
// "AV" and "VA" pull 0.2 em closer (2px at 10px), as a font's kerning pairs would.
const pairs = (left: string, right: string) => (left + right === 'AV' || left + right === 'VA' ? -0.2 : 0);

describe('sansCharWidth', () => {
  it.each([
    [' ', 0.3],
    ['i', 0.3],
    ['f', 0.45],
    ['-', 0.45],
    ['a', 0.6],
    ['A', 0.75],
    ['7', 0.75],
    ['&', 0.75],
    ['W', 0.95],
    ['m', 0.95],
    ['é', 1],
    ['—', 1],
  ])('%j is %d em', (ch, em) => expect(sansCharWidth(ch)).toBe(em));
});

describe('textWidth', () => {
  it.each([
    ['abcd', 10, half, 20],
    ['abcd', 10, { ...half, letterSpacing: 1 }, 24],
    ['AI', 20, {}, 21],
    ['', 10, half, 0],
    // Kerning between each pair that follows another, never before the first character.
    ['AVA', 10, { ...half, kern: pairs }, 11],
    ['A', 10, { ...half, kern: pairs }, 5],
    ['AV', 10, { ...half, kern: pairs, letterSpacing: 1 }, 10],
  ])('%j at %dpx is %dpx wide', (text, size, options, width) => expect(textWidth(text, size, options)).toBe(width));

  it('wraps by the kerned width', () => {
    // Unkerned "AV AV" is 25px; kerned, 21px: it fits a 22px line only with the kerning.
    expect(wrapText('AV AV', 22, 10, half)).toEqual(['AV', 'AV']);
    expect(wrapText('AV AV', 22, 10, { ...half, kern: pairs })).toEqual(['AV AV']);
  });
});

describe('wrapText', () => {
  it.each([
    ['breaks between words', 'the quick brown fox', 50, ['the quick', 'brown fox']],
    ['keeps a line that fits whole', 'the quick brown fox', 95, ['the quick brown fox']],
    ['collapses white space', '  a \n  b  ', 50, ['a b']],
    ['breaks a word wider than the line', 'abcdefghijklmnopqrstuvwxy z', 50, ['abcdefghij', 'klmnopqrst', 'uvwxy z']],
    ['gives nothing for no words', '   ', 50, []],
  ])('%s', (_, text, width, lines) => expect(wrapText(text, width, 10, half)).toEqual(lines));

  it('never makes a line wider than the box', () => {
    const text = 'Why Every Multi-Agent LLM Platform Needs an Orchestration Graph, Guardrails and Observability';
    for (const line of wrapText(text, 300, 24)) expect(textWidth(line, 24)).toBeLessThanOrEqual(300);
  });
});

describe('fitText', () => {
  it('takes the largest size whose lines fit the box', () => {
    // 11px: 18 characters a line → 2 lines of 13.2px, but 24px holds 1. 10px: 2 lines of 12px.
    expect(
      fitText(
        'the quick brown fox jumps',
        { width: 100, height: 24 },
        { maxSize: 20, minSize: 8, lineHeight: 1.2, ...half },
      ),
    ).toEqual({ fontSize: 10, lines: ['the quick brown fox', 'jumps'], height: 24, cut: false });
  });

  it('keeps maxSize when the text fits at it', () => {
    expect(
      fitText('Short', { width: 500, height: 100 }, { maxSize: 40, minSize: 10, lineHeight: 1.25, ...half }),
    ).toEqual({
      fontSize: 40,
      lines: ['Short'],
      height: 50,
      cut: false,
    });
  });

  it('honours maxLines', () => {
    // 18 characters: 99px at 11px, 108px at 12px.
    expect(
      fitText(
        'one two three four',
        { width: 100, height: 1000 },
        { maxSize: 20, minSize: 5, lineHeight: 1, maxLines: 1, ...half },
      ),
    ).toEqual({ fontSize: 11, lines: ['one two three four'], height: 11, cut: false });
  });

  it('cuts the text at minSize, ending the last line that fits in "…"', () => {
    expect(
      fitText(
        'one two three four five six',
        { width: 50, height: 12 },
        { maxSize: 10, minSize: 10, lineHeight: 1.2, ...half },
      ),
    ).toEqual({ fontSize: 10, lines: ['one two…'], height: 12, cut: true });
    expect(
      fitText('abcdefghij klm', { width: 50, height: 12 }, { maxSize: 10, minSize: 10, lineHeight: 1.2, ...half }),
    ).toEqual({ fontSize: 10, lines: ['abcdefghi…'], height: 12, cut: true });
  });

  it('draws nothing in a box shorter than one line', () => {
    expect(fitText('words', { width: 50, height: 5 }, { maxSize: 10, minSize: 10, lineHeight: 1, ...half })).toEqual({
      fontSize: 10,
      lines: [],
      height: 0,
      cut: true,
    });
  });

  it('refuses sizes that make no sense', () => {
    expect(() => fitText('x', { width: 1, height: 1 }, { maxSize: 10, minSize: 20, lineHeight: 1 })).toThrow(
      'fitText: expected 0 < minSize ≤ maxSize; got 20, 10',
    );
  });
});
