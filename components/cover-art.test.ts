import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { loadArticles } from '@/lib/content';
import { COVER_IMAGES, type CoverKind } from '@/lib/images';
import { LONGEST } from '@/tests/fixtures/longest-article';
import { CoverArt } from './cover-art';

// Draws the covers for real, with next/og, as the build does. Set COVER_PREVIEW_DIR to keep the
// PNGs and look at them.
const PREVIEW = process.env.COVER_PREVIEW_DIR;

async function draw(name: string, headline: string, size: { width: number; height: number }, idea = LONGEST.idea) {
  const res = new ImageResponse(createElement(CoverArt, { headline, author: LONGEST.author, idea, size }), size);
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (PREVIEW) {
    mkdirSync(PREVIEW, { recursive: true });
    writeFileSync(join(PREVIEW, `${name}.png`), bytes);
  }
  return bytes;
}

describe('CoverArt drawn by next/og', () => {
  it.each(Object.keys(COVER_IMAGES) as CoverKind[])(
    'draws the 160-character headline on the %s cover as a PNG of the cover’s size',
    async (kind) => {
      const size = COVER_IMAGES[kind];
      const png = await draw(`longest-${kind}`, LONGEST.headline, size);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
    },
    20_000,
  );

  // Every article of the content folder, as the build draws it (COVER_PREVIEW_DIR keeps them to look at).
  it.each(loadArticles().map((a) => [a.slug, a] as const))(
    'draws %s’s cover at every size',
    async (slug, article) => {
      for (const kind of Object.keys(COVER_IMAGES) as CoverKind[]) {
        const png = await draw(`${slug}-${kind}`, article.headline, COVER_IMAGES[kind], article.idea);
        expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(COVER_IMAGES[kind]);
      }
    },
    30_000,
  );

  it('draws og.png: the site’s description, and a 160-character one', async () => {
    for (const [name, text] of [
      ['og-site', site.description],
      ['og-longest-description', LONGEST.description],
    ] as const) {
      const png = await draw(name, text, COVER_IMAGES.og);
      expect(png.readUInt32BE(16)).toBe(1200);
    }
  }, 20_000);
});
