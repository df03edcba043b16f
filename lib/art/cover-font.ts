import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype, { type Font, type PathCommand } from 'opentype.js';

/**
 * The font the covers are drawn in: Geist Regular, the file next/og ships (so it is in every
 * install, and a fresh CI machine without system fonts draws the same covers). Text is drawn as
 * the font's own outlines and measured by its own advances and kerning, so the layout's widths
 * are the drawing's widths.
 */
export const COVER_FONT_FILE = join('node_modules', 'next', 'dist', 'compiled', '@vercel', 'og', 'Geist-Regular.ttf');

export interface CoverGlyph {
  /** Index of the glyph in the font: the same character always has the same one. */
  index: number;
  /** Advance width in font units. */
  advance: number;
  /** The outline in font units, y down from the baseline (SVG's orientation); '' for a space. */
  d: string;
}

export interface CoverFont {
  unitsPerEm: number;
  /** Above and below the baseline, in em (descender negative), and the gap between lines. */
  ascender: number;
  descender: number;
  lineGap: number;
  glyph(ch: string): CoverGlyph;
  /** A character's advance width in em (lib/fit-text's CharWidth). */
  charWidth(ch: string): number;
  /** The kerning between two characters in em, usually negative (lib/fit-text's Kerning). */
  kern(left: string, right: string): number;
}

let loaded: CoverFont | undefined;

/** The cover font, read and parsed once a process; glyphs and kerning pairs kept as they are asked for. */
export function coverFont(): CoverFont {
  loaded ??= readCoverFont(readFileSync(join(process.cwd(), COVER_FONT_FILE)));
  return loaded;
}

function readCoverFont(bytes: Buffer): CoverFont {
  const font: Font = opentype.parse(new Uint8Array(bytes).buffer);
  const upm = font.unitsPerEm;
  const glyphs = new Map<string, CoverGlyph>();
  const pairs = new Map<string, number>();
  const glyph = (ch: string): CoverGlyph => {
    let g = glyphs.get(ch);
    if (!g) {
      const source = font.charToGlyph(ch);
      g = {
        index: source.index,
        advance: source.advanceWidth ?? 0,
        d: pathData(source.getPath(0, 0, upm).commands),
      };
      glyphs.set(ch, g);
    }
    return g;
  };
  return {
    unitsPerEm: upm,
    ascender: font.ascender / upm,
    descender: font.descender / upm,
    lineGap: font.tables.hhea.lineGap / upm,
    glyph,
    charWidth: (ch) => glyph(ch).advance / upm,
    kern(left, right) {
      const key = left + right;
      let k = pairs.get(key);
      if (k === undefined) {
        k = font.getKerningValue(font.charToGlyph(left), font.charToGlyph(right)) / upm;
        pairs.set(key, k);
      }
      return k;
    },
  };
}

/**
 * SVG path data from an outline's commands, in whole font units (opentype.js's own toPathData
 * runs "383" and "-0" together into "3830", which broke the ampersand).
 */
function pathData(commands: PathCommand[]): string {
  const r = (v = 0) => Math.round(v) || 0;
  let at = '';
  return commands
    .map((c) => {
      const to = `${r(c.x)} ${r(c.y)}`;
      const moved = c.type === 'L' && to === at;
      at = c.type === 'Z' ? '' : to;
      switch (c.type) {
        case 'M':
        case 'L':
          // A line to where the pen already is draws nothing.
          return moved ? '' : `${c.type}${to}`;
        case 'Q':
          return `Q${r(c.x1)} ${r(c.y1)} ${to}`;
        case 'C':
          return `C${r(c.x1)} ${r(c.y1)} ${r(c.x2)} ${r(c.y2)} ${to}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}
