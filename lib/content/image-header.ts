/**
 * What an image file is, read from its first bytes alone, synchronously: the content store is
 * synchronous, and a page must know each image's width and height when it renders (no layout
 * shift). Only the formats the build encodes from are measured; others are named, so the
 * message can say what the file is.
 */
export type SourceFormat = 'png' | 'jpeg' | 'webp';

export interface ImageHeader {
  format: SourceFormat;
  width: number;
  height: number;
  /** True when the image may have transparent pixels (an alpha channel or a transparent colour). */
  alpha: boolean;
  /** True for a palette (indexed-colour) PNG: drawn graphics, not photographs. */
  palette: boolean;
}

/** A file the build does not encode from, by what its bytes say it is. */
export interface UnsupportedImage {
  format: 'gif' | 'svg' | 'avif' | 'heic' | 'tiff' | 'bmp' | 'unknown';
}

const ascii = (b: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...b.subarray(at, Math.min(b.length, at + length)));

/** Reads the header of an image file's bytes: its format and size, or what else it is. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | UnsupportedImage {
  const b = bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 26 && ascii(b, 1, 3) === 'PNG' && b[0] === 0x89 && ascii(b, 12, 4) === 'IHDR') {
    const colourType = b[25]!;
    // Colour types 4 and 6 carry alpha; any other may add a transparent colour in a tRNS chunk.
    const alpha = colourType === 4 || colourType === 6 || hasPngChunk(b, 'tRNS');
    return measured('png', view.getUint32(16), view.getUint32(20), alpha, colourType === 3);
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b, view);
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b, view);
  if (ascii(b, 0, 4) === 'GIF8') return { format: 'gif' };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    return { format: brand.startsWith('avi') ? 'avif' : /^(heic|heix|mif1|msf1)$/.test(brand) ? 'heic' : 'unknown' };
  }
  if (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*') return { format: 'tiff' };
  if (ascii(b, 0, 2) === 'BM') return { format: 'bmp' };
  if (/<svg[\s>]/i.test(ascii(b, 0, 1024))) return { format: 'svg' };
  return { format: 'unknown' };
}

export const isMeasured = (h: ImageHeader | UnsupportedImage): h is ImageHeader =>
  h.format === 'png' || h.format === 'jpeg' || h.format === 'webp';

function measured(format: SourceFormat, width: number, height: number, alpha: boolean, palette = false) {
  // A header that claims no pixels is a damaged file, not an image.
  if (!(width > 0 && height > 0)) return { format: 'unknown' } as const;
  return { format, width, height, alpha, palette };
}

function hasPngChunk(b: Uint8Array, type: string): boolean {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let at = 8; at + 8 <= b.length;) {
    const length = view.getUint32(at);
    const name = ascii(b, at + 4, 4);
    if (name === type) return true;
    if (name === 'IDAT' || name === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

/**
 * JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the stored size;
 * an EXIF orientation of 5 to 8 (a phone held upright) turns it a quarter, so the size a reader
 * sees, and the build encodes (sharp's autoOrient), has width and height swapped.
 */
function jpeg(b: Uint8Array, view: DataView): ImageHeader | UnsupportedImage {
  let at = 2;
  let orientation = 1;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return { format: 'unknown' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const [width, height] = [view.getUint16(at + 7), view.getUint16(at + 5)];
      return orientation >= 5 && orientation <= 8
        ? measured('jpeg', height, width, false)
        : measured('jpeg', width, height, false);
    }
    const length = view.getUint16(at + 2);
    if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0')
      orientation = exifOrientation(b, at + 10, at + 2 + length);
    at += 2 + length;
  }
  return { format: 'unknown' };
}

/**
 * The Orientation tag (0x0112) of the EXIF block whose TIFF header starts at `tiff` (and which
 * ends before `end`): 1 to 8, or 1 (as shot) when there is none or the block is damaged.
 */
export function exifOrientation(b: Uint8Array, tiff: number, end: number = b.length): number {
  const limit = Math.min(end, b.length);
  if (tiff + 8 > limit) return 1;
  const order = ascii(b, tiff, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint16(tiff + 2, little) !== 42) return 1;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > limit) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > limit) return 1;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    // Type SHORT (3), one value, kept in the first two bytes of the value field.
    if (view.getUint16(entry + 2, little) !== 3) return 1;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) each keep the size their own way. */
function webp(b: Uint8Array, view: DataView): ImageHeader | UnsupportedImage {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30)
    return measured('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff, false);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = view.getUint32(21, true);
    return measured('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1, ((bits >> 28) & 1) === 1);
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    const width = 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16));
    const height = 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16));
    return measured('webp', width, height, (b[20]! & 0x10) !== 0);
  }
  return { format: 'unknown' };
}
