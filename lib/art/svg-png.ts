import sharp from 'sharp';

/** An SVG document rasterized to PNG bytes by sharp (librsvg), at one pixel a user unit. */
export function svgPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}
