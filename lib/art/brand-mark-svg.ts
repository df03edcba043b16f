import { coverFont } from './cover-font';
import { n, SvgText } from './svg-text';

/**
 * The "MK" monogram for the PNG icons, `size` px square (app/icon.svg is the same mark): white
 * letters in the covers' font, centred on the brand's teal, drawn as outlines.
 */
export function brandMarkSvg(size: number): string {
  const font = coverFont();
  const text = new SvgText(font);
  const fontSize = Math.round(size * 0.44);
  // CSS's "normal" line box, centred both ways, as a centred flex item would be.
  const lineHeight = (font.ascender - font.descender + font.lineGap) * fontSize;
  const x = (size - text.width('MK', fontSize)) / 2;
  const line = text.line('MK', x, (size - lineHeight) / 2, fontSize, lineHeight);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs>${text.defs()}</defs><rect width="${n(size)}" height="${n(size)}" fill="#0f6e66"/>` +
    `<g fill="#ffffff">${line}</g></svg>`
  );
}
