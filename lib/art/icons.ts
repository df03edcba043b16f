/** PNG icons drawn at build: the manifest's, and the apple-touch icon (180×180). */
export const ICON_SIZES = { manifest: [192, 512], apple: 180 } as const;

/** File names under /icons/ and their pixel size. */
export function iconFiles(): { file: string; size: number }[] {
  return [
    ...ICON_SIZES.manifest.map((size) => ({ file: `icon-${size}.png`, size })),
    { file: 'apple-touch-icon.png', size: ICON_SIZES.apple },
  ];
}
