/**
 * Text fitting for drawn images (the cover PNGs, the diagrams the browser draws as SVG): nothing
 * measures a box for us, so these functions choose a font size and the line breaks from the words
 * and the box, and a drawing can place every block knowing how tall it is. They measure by a
 * character-width function: the real font's advances and kerning where the font is known (the
 * covers, lib/art/cover-font.ts), an upper bound where the browser picks it (sansCharWidth).
 */

export interface Box {
  width: number;
  height: number;
}

/** A character's advance width, in em. */
export type CharWidth = (ch: string) => number;

/** The kerning between two characters that follow each other, in em (negative pulls them closer). */
export type Kerning = (left: string, right: string) => number;

export interface FitOptions {
  /** Largest font size to try, in px; the text is drawn at this size when it fits. */
  maxSize: number;
  /** Smallest font size allowed; below it the text is cut to the lines that fit, ending in "…". */
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Advance width of a character in em: a constant, or per character. Default: sansCharWidth. */
  charWidth?: number | CharWidth;
  /** Kerning of each pair of characters, as the drawing applies it. Default: none. */
  kern?: Kerning;
  /** Extra space after every character, in px (CSS letter-spacing). */
  letterSpacing?: number;
  /** At most this many lines. */
  maxLines?: number;
}

export interface FittedText {
  fontSize: number;
  /** The lines to draw, in order: each fits the box's width. */
  lines: string[];
  /** lines × fontSize × lineHeight: the height of the text block, never more than the box's. */
  height: number;
  /** True when even minSize did not fit and the text was cut. */
  cut: boolean;
}

const NARROW = new Set(" .,:;'!|`ijlI");
const SLIM = new Set('frt()[]{}"*-');
const WIDE = new Set('MWmw@%');

/**
 * An upper bound on each character's width in Geist Regular (the covers' font, whose advances
 * were read from its hmtx table: e.g. space 0.25, a 0.55, m 0.88, O 0.74, W 0.95 em), the base
 * of systemSansWidth for the browser's fonts. Over-estimating never adds a line a renderer would
 * not need: narrower real glyphs only pull words up onto earlier lines. Anything outside ASCII
 * counts as a full em.
 */
export function sansCharWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SLIM.has(ch)) return 0.45;
  if (WIDE.has(ch)) return 0.95;
  if (/^[a-z]$/.test(ch)) return 0.6;
  if (/^[\x21-\x7e]$/.test(ch)) return 0.75;
  return 1;
}

/** Width of a run of text in px. */
export function textWidth(
  text: string,
  fontSize: number,
  options: Pick<FitOptions, 'charWidth' | 'letterSpacing' | 'kern'> = {},
) {
  const em = widthOf(options.charWidth);
  const { kern, letterSpacing = 0 } = options;
  let width = 0;
  let previous = '';
  for (const ch of text) {
    width += (em(ch) + (kern && previous ? kern(previous, ch) : 0)) * fontSize + letterSpacing;
    previous = ch;
  }
  return width;
}

/**
 * Greedy line breaking at spaces, as a browser does; a word wider than the line is broken
 * between characters. Runs of white space collapse to one space.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  options: Pick<FitOptions, 'charWidth' | 'letterSpacing' | 'kern'> = {},
): string[] {
  const fits = (s: string) => textWidth(s, fontSize, options) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word too wide for a line of its own is split between characters.
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest whole font size, from maxSize down to minSize, at which the text wraps into the
 * box (and into maxLines). When none does, minSize with as many lines as fit, the last ending
 * in "…".
 */
export function fitText(text: string, box: Box, options: FitOptions): FittedText {
  const { maxSize, minSize, lineHeight } = options;
  if (!(minSize > 0 && maxSize >= minSize))
    throw new Error(`fitText: expected 0 < minSize ≤ maxSize; got ${minSize}, ${maxSize}`);
  const result = (fontSize: number, lines: string[], cut: boolean): FittedText => ({
    fontSize,
    lines,
    height: round2(lines.length * fontSize * lineHeight),
    cut,
  });
  for (let size = Math.floor(maxSize); size >= minSize; size--) {
    const lines = wrapText(text, box.width, size, options);
    const room = Math.min(Math.floor(box.height / (size * lineHeight) + 1e-9), options.maxLines ?? Infinity);
    if (lines.length <= room) return result(size, lines, false);
  }
  const size = Math.ceil(minSize);
  const room = Math.min(Math.floor(box.height / (size * lineHeight) + 1e-9), options.maxLines ?? Infinity);
  const lines = wrapText(text, box.width, size, options);
  if (room < 1) return result(size, [], true);
  const kept = lines.slice(0, room);
  let last = kept[room - 1]!;
  while (last && textWidth(`${last}…`, size, options) > box.width) last = [...last].slice(0, -1).join('').trimEnd();
  kept[room - 1] = `${last.replace(/[\s.,:;]+$/, '')}…`;
  return result(size, kept, true);
}

const widthOf = (w: FitOptions['charWidth']): CharWidth => (typeof w === 'number' ? () => w : (w ?? sansCharWidth));

const round2 = (n: number) => Math.round(n * 100) / 100;
