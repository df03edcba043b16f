/**
 * The generated cover images of an article. `og` is the Open Graph / Twitter card size; the other
 * three are the 16:9, 4:3 and 1:1 versions Google asks for in Article markup.
 */
export const COVER_IMAGES = {
  og: { width: 1200, height: 630 },
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CoverKind = keyof typeof COVER_IMAGES;

export interface CoverImage {
  kind: CoverKind;
  /** Site path: /blog/<slug>/cover-<kind>.png */
  path: string;
  width: number;
  height: number;
}

/** File name of a cover image inside /blog/<slug>/. */
export const coverFileName = (kind: CoverKind) => `cover-${kind}.png`;

export function coverImages(articlePath: string): Record<CoverKind, CoverImage> {
  const entries = (Object.keys(COVER_IMAGES) as CoverKind[]).map((kind) => [
    kind,
    { kind, path: `${articlePath}/${coverFileName(kind)}`, ...COVER_IMAGES[kind] },
  ]);
  return Object.fromEntries(entries) as Record<CoverKind, CoverImage>;
}

/** The kind named by a file name such as cover-4x3.png, or undefined. */
export function coverKindOf(fileName: string): CoverKind | undefined {
  const kind = /^cover-(.+)\.png$/.exec(fileName)?.[1];
  return kind && Object.hasOwn(COVER_IMAGES, kind) ? (kind as CoverKind) : undefined;
}
