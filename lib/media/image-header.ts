import { imageSize } from 'image-size';

/**
 * What an image file is, read from its first bytes alone, synchronously: the content store is
 * synchronous, and a page must know each image's width and height when it renders (no layout
 * shift). `image-size` reads the format, the size and a JPEG's EXIF orientation; only the formats
 * the build encodes from are measured; others are named, so the message can say what the file is.
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

/** image-size's names for the formats this site tells apart; any other is 'unknown'. */
const FORMATS: Record<string, ImageHeader['format'] | UnsupportedImage['format']> = {
  png: 'png',
  jpg: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  avif: 'avif',
  heic: 'heic',
  heif: 'heic',
  tiff: 'tiff',
  bmp: 'bmp',
};

/** Reads the header of an image file's bytes: its format and size, or what else it is. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | UnsupportedImage {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    // A damaged file, or one image-size cannot measure: an SVG without a size is still an SVG.
    return { format: /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 1024))) ? 'svg' : 'unknown' };
  }
  const format = FORMATS[size.type ?? ''] ?? 'unknown';
  if (format !== 'png' && format !== 'jpeg' && format !== 'webp') return { format };
  // A header that claims no pixels is a damaged file, not an image.
  if (!(size.width > 0 && size.height > 0)) return { format: 'unknown' };
  // An EXIF orientation of 5 to 8 (a phone held upright) turns the stored image a quarter, so the
  // size a reader sees, and the build encodes (sharp's autoOrient), has width and height swapped.
  const turned = (size.orientation ?? 1) >= 5 && (size.orientation ?? 1) <= 8;
  return {
    format,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
    ...transparency(bytes, format),
  };
}

export const isMeasured = (h: ImageHeader | UnsupportedImage): h is ImageHeader =>
  h.format === 'png' || h.format === 'jpeg' || h.format === 'webp';

const ascii = (b: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...b.subarray(at, Math.min(b.length, at + length)));

/**
 * What image-size does not read: whether the image may have transparent pixels, and whether it is
 * a palette PNG (both choose the fallback format: PNG, not JPEG). A PNG says so in its colour type
 * (4 and 6 carry alpha, 3 is a palette) or a tRNS chunk before its pixels; a WebP in its lossless
 * (VP8L) header's alpha bit or its extended (VP8X) header's alpha flag. A JPEG has neither.
 */
function transparency(b: Uint8Array, format: SourceFormat): Pick<ImageHeader, 'alpha' | 'palette'> {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (format === 'png') {
    const colourType = b[25];
    return { alpha: colourType === 4 || colourType === 6 || hasPngChunk(b, view, 'tRNS'), palette: colourType === 3 };
  }
  if (format === 'webp') {
    const chunk = ascii(b, 12, 4);
    const alpha =
      (chunk === 'VP8L' && b.length >= 25 && ((view.getUint32(21, true) >> 28) & 1) === 1) ||
      (chunk === 'VP8X' && b.length >= 21 && (b[20]! & 0x10) !== 0);
    return { alpha, palette: false };
  }
  return { alpha: false, palette: false };
}

function hasPngChunk(b: Uint8Array, view: DataView, type: string): boolean {
  for (let at = 8; at + 8 <= b.length;) {
    const name = ascii(b, at + 4, 4);
    if (name === type) return true;
    if (name === 'IDAT' || name === 'IEND') return false;
    at += 12 + view.getUint32(at);
  }
  return false;
}
