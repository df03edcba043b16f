import { createHash } from 'node:crypto';
import type { ImageHeader } from './image-header';
import { COVER_IMAGES, coverImages, type CoverKind } from './covers';
import { COLUMN_PX } from '@/lib/column';

// The arithmetic of optimized images, as pure functions: which widths and formats an image is
// encoded to, what each file is called, and the srcset and sizes that let a browser pick one.
// The loader derives each article's images with these once; the page, the media route, the
// Markdown twin, the feed and the checks all read that one result.

/** Site folder of every optimized image: content-hashed names, so one immutable cache rule covers them all. */
export const MEDIA_DIR = '/media';

/** The widest the text column gets (lib/column.ts, also `max-w-measure`): images in the text are shown at most this wide. */
export { COLUMN_PX };

/** An image in the text must be sharp on a 2x screen at full column width. */
export const MIN_INLINE_WIDTH = COLUMN_PX * 2;

/**
 * Widths each image is encoded at: a phone at 1x, the column at 1x, 1.5x and 2x. A 375 px phone
 * (a 343 px column) picks 720 at DPR 2 and 1080 at DPR 3; no screen needs more than 1440.
 */
export const WIDTHS = [480, 720, 1080, 1440] as const;

/** How wide the image is shown: the column, or the viewport less the page's gutters (2 × 1rem on a phone). */
export const SIZES = `(min-width: 48rem) ${COLUMN_PX}px, calc(100vw - 2rem)`;

/**
 * Encoder settings, part of every file's name and cache key: a change here gives every image a
 * new name (so no browser keeps an old one) and a new encode.
 */
export const ENCODER = {
  avif: { quality: 50, effort: 4 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true, progressive: true },
  png: { compressionLevel: 9, palette: true, quality: 90, effort: 7 },
} as const;

export type OutputFormat = keyof typeof ENCODER;

export const MIME: Record<OutputFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const EXT: Record<OutputFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/** One file the build writes under /media: a source image resized (or cropped) and encoded. */
export interface Variant {
  /** File name under /media, e.g. photo-3f2a1b4c5d-720.avif. */
  file: string;
  /** Site path: /media/<file>. */
  path: string;
  /** Absolute path of the source image on disk. */
  source: string;
  /** sha256 of the source's bytes (hex). */
  hash: string;
  width: number;
  height: number;
  format: OutputFormat;
  /** True for a cover crop: the source is cut to this width and height rather than scaled. */
  crop: boolean;
}

/** An image of the text as every output needs it: its size, its files and how a browser picks one. */
export interface Media {
  /** File name in the article folder, e.g. photo.png. */
  name: string;
  /** The size of the largest file: the width and height the page declares (no layout shift). */
  width: number;
  height: number;
  /** The format browsers without AVIF or WebP get: JPEG for photographs, PNG for graphics. */
  fallback: 'jpeg' | 'png';
  /** <source> elements, best format first. */
  sources: { type: string; srcset: string }[];
  /** The <img> element: the largest fallback file, and the fallback files to choose from. */
  img: { src: string; srcset: string };
  /** The largest fallback file: the image in the Markdown twin and the feed. */
  largest: Variant;
  /** Every file, for the route that writes them. */
  variants: Variant[];
}

/** A source image as the loader read it: where it is, its hash and its header. */
export interface MediaSource {
  /** Absolute path on disk. */
  path: string;
  /** File name in the article folder. */
  name: string;
  hash: string;
  header: ImageHeader;
}

const positiveInt = (n: number, what: string) => {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${what} must be a positive whole number of pixels, not ${n}`);
  return n;
};

/** The widths an image of this intrinsic width is encoded at: every standard width below it, then its own (capped at the widest). */
export function variantWidths(intrinsic: number, widths: readonly number[] = WIDTHS): number[] {
  positiveInt(intrinsic, 'an image width');
  if (widths.length === 0) throw new Error('variantWidths: no widths to choose from');
  const max = Math.max(...widths);
  const below = [...new Set(widths)].filter((w) => w < Math.min(intrinsic, max)).sort((a, b) => a - b);
  return [...below, Math.min(intrinsic, max)];
}

/** Height of an image scaled to `width`, keeping its aspect ratio (at least 1 px). */
export function scaledHeight(width: number, header: Pick<ImageHeader, 'width' | 'height'>): number {
  positiveInt(width, 'a width');
  positiveInt(header.width, 'an image width');
  positiveInt(header.height, 'an image height');
  return Math.max(1, Math.round((width * header.height) / header.width));
}

/**
 * JPEG for photographs, PNG for graphics: a source with transparency, or a palette PNG (drawn
 * graphics: diagrams, charts), keeps PNG's sharp edges and alpha; anything else is a photograph
 * or a screenshot, which JPEG stores in a tenth of the bytes. Only browsers without WebP ever
 * load this file, but the Markdown twin and the feed link to it too.
 */
export function fallbackFormat(header: Pick<ImageHeader, 'alpha' | 'palette'>): 'jpeg' | 'png' {
  return header.alpha || header.palette ? 'png' : 'jpeg';
}

/** The part of a file name readers see: the source's name, lower-case letters, digits and hyphens. */
export function fileStem(name: string): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return stem || 'image';
}

/** The hash in every file name of a source: its bytes and the encoder settings, 10 hex digits. */
export function nameHash(sourceHash: string, encoder: unknown = ENCODER): string {
  if (!/^[0-9a-f]{16,}$/.test(sourceHash)) throw new Error(`nameHash: expected a hex digest, not "${sourceHash}"`);
  return createHash('sha256').update(sourceHash).update(JSON.stringify(encoder)).digest('hex').slice(0, 10);
}

/** A variant's file name: <stem>-<hash>-<width>.<ext>, or <stem>-<hash>-cover-<kind>.<ext> for a cover crop. */
export function variantName(
  stem: string,
  hash: string,
  size: number | `cover-${CoverKind}`,
  format: OutputFormat,
): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) throw new Error(`variantName: "${stem}" is not a file stem`);
  if (!/^[0-9a-f]{10}$/.test(hash)) throw new Error(`variantName: "${hash}" is not a 10-digit name hash`);
  if (typeof size === 'number') positiveInt(size, 'a variant width');
  if (!Object.hasOwn(EXT, format)) throw new Error(`variantName: unknown format "${format}"`);
  return `${stem}-${hash}-${size}.${EXT[format]}`;
}

/** A srcset: each file with its width, narrowest first. */
export function srcset(variants: readonly Pick<Variant, 'path' | 'width'>[]): string {
  if (variants.length === 0) throw new Error('srcset: no files');
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((v) => `${v.path} ${positiveInt(v.width, 'a srcset width')}w`)
    .join(', ');
}

/** Every file of an image of the text and the markup that offers them. */
export function mediaOf(source: MediaSource): Media {
  const { header } = source;
  const hash = nameHash(source.hash);
  const stem = fileStem(source.name);
  const fallback = fallbackFormat(header);
  const formats: OutputFormat[] = ['avif', 'webp', fallback];
  const widths = variantWidths(header.width);
  const byFormat = formats.map((format) =>
    widths.map((width): Variant => {
      const file = variantName(stem, hash, width, format);
      return {
        file,
        path: `${MEDIA_DIR}/${file}`,
        source: source.path,
        hash: source.hash,
        width,
        height: scaledHeight(width, header),
        format,
        crop: false,
      };
    }),
  );
  const fallbacks = byFormat[2]!;
  const largest = fallbacks.at(-1)!;
  return {
    name: source.name,
    width: largest.width,
    height: largest.height,
    fallback,
    sources: byFormat.slice(0, 2).map((vs) => ({ type: MIME[vs[0]!.format], srcset: srcset(vs) })),
    img: { src: largest.path, srcset: srcset(fallbacks) },
    largest,
    variants: byFormat.flat(),
  };
}

/** Why an image cannot be an article's cover (Google: ≥ 1200 px wide, ≥ 50,000 px²; a 1:1 crop 1200 wide), or undefined. */
export function coverSizeProblem({ width, height }: Pick<ImageHeader, 'width' | 'height'>): string | undefined {
  const need = COVER_IMAGES['1x1'].width;
  if (width >= need && height >= need) return undefined;
  return `is ${width}×${height} px, too small for a cover: the 16:9, 4:3 and 1:1 crops search engines ask for are 1200 px wide, so the image must be at least ${need}×${need} px`;
}

/** The cover crops of an image (Open Graph 1200×630; 16:9, 4:3 and 1:1 for Article markup), cut by sharp at build. */
export function coverCrops(source: MediaSource): Record<CoverKind, Variant> {
  const problem = coverSizeProblem(source.header);
  if (problem) throw new Error(`coverCrops: ${source.name} ${problem}`);
  const hash = nameHash(source.hash);
  const stem = fileStem(source.name);
  const format = fallbackFormat(source.header);
  const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
  return Object.fromEntries(
    kinds.map((kind) => {
      const file = variantName(stem, hash, `cover-${kind}`, format);
      const { width, height } = COVER_IMAGES[kind];
      const variant: Variant = {
        file,
        path: `${MEDIA_DIR}/${file}`,
        source: source.path,
        hash: source.hash,
        width,
        height,
        format,
        crop: true,
      };
      return [kind, variant];
    }),
  ) as Record<CoverKind, Variant>;
}

/** The name of the image a Markdown path points at in the article's folder (./photo.png), or undefined. */
export function localImageName(url: string): string | undefined {
  const match = /^\.\/([^/?#]+)$/.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** A cover file as every output names it: where it is, its size and its format. */
export type CoverFile = Pick<Variant, 'path' | 'width' | 'height' | 'format'>;

/**
 * An article's cover, chosen here once for every output that shows it (Open Graph tags, the
 * BlogPosting's images, the feed): the crops of the photo its `cover` field names (`photo`),
 * else its drawn cover, the PNGs under its path.
 */
export function articleCover(article: {
  path: string;
  /** The page whose drawn covers it uses (a translation's original), when not its own. */
  coverPath?: string;
  coverPhoto?: Record<CoverKind, Variant>;
}): {
  photo: boolean;
  images: Record<CoverKind, CoverFile>;
} {
  if (article.coverPhoto) return { photo: true, images: article.coverPhoto };
  const drawn = coverImages(article.coverPath ?? article.path);
  const png = (kind: CoverKind) => ({ ...drawn[kind], format: 'png' as OutputFormat });
  return { photo: false, images: { og: png('og'), '16x9': png('16x9'), '4x3': png('4x3'), '1x1': png('1x1') } };
}
