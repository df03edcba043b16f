import type { CoverFont } from './cover-font';
import { textWidth } from './fit-text';

/**
 * Text as outlines for an SVG document: the glyphs it uses, each defined once (defs()) and placed
 * by <use> wherever a line draws it, so the picture needs no font on the machine that renders it.
 */
export class SvgText {
  private readonly used = new Map<string, string>();
  constructor(private readonly font: CoverFont) {}

  /** One line whose line box (CSS: the glyphs' ascent and descent centred in it) starts at (x, top). */
  line(text: string, x: number, top: number, fontSize: number, lineHeight: number, letterSpacing = 0) {
    const { font } = this;
    const scale = fontSize / font.unitsPerEm;
    const baseline = top + (lineHeight - (font.ascender - font.descender) * fontSize) / 2 + font.ascender * fontSize;
    let pen = 0;
    let previous = '';
    let uses = '';
    for (const ch of text) {
      if (previous) pen += font.kern(previous, ch) * font.unitsPerEm;
      const glyph = font.glyph(ch);
      if (glyph.d) uses += `<use href="#${this.id(glyph.index, glyph.d)}" x="${Math.round(pen)}"/>`;
      pen += glyph.advance + letterSpacing / scale;
      previous = ch;
    }
    return `<g transform="translate(${n(x)} ${n(baseline)}) scale(${+scale.toFixed(5)})">${uses}</g>`;
  }

  /** Width of a line in px, as line() draws it: lib/fit-text's measure with the font's own metrics. */
  width(text: string, fontSize: number) {
    return textWidth(text, fontSize, { charWidth: this.font.charWidth, kern: this.font.kern });
  }

  defs() {
    return [...this.used.values()].join('');
  }

  private id(index: number, d: string) {
    const id = `g${index}`;
    if (!this.used.has(id)) this.used.set(id, `<path id="${id}" d="${d}"/>`);
    return id;
  }
}

/** A coordinate for the SVG: two decimals at most. */
export const n = (v: number) => `${Math.round(v * 100) / 100}`;
