// The part of opentype.js (which ships no types) that lib/art/cover-font.ts uses.
declare module 'opentype.js' {
  export interface PathCommand {
    type: 'M' | 'L' | 'Q' | 'C' | 'Z';
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface Path {
    commands: PathCommand[];
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { hhea: { lineGap: number } };
    charToGlyph(ch: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  // The UMD build (package.json "main"), which Node, tsx, Vitest and (as a server external
  // package) Next.js load: module.exports, read as the default export.
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
