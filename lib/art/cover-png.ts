import { coverSvg, type CoverText } from './cover-svg';
import { svgPng } from './svg-png';

/**
 * A cover as PNG bytes: its SVG (lib/cover-svg) rasterized. The drawn-image cache starts here:
 * every module this one imports, the font and the drawing libraries' versions are in a cover's key
 * (lib/art/drawn-images.ts).
 */
export function coverPng(size: { width: number; height: number }, text: CoverText): Promise<Buffer> {
  return svgPng(coverSvg(size, text));
}
