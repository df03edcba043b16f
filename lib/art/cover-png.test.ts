import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { loadArticles } from '@/lib/content';
import { LONGEST } from '@/tests/fixtures/longest-article';
import { brandMarkSvg } from './brand-mark-svg';
import { coverPng } from './cover-png';
import { coverSvg } from './cover-svg';
import { COVER_IMAGES, type CoverKind } from '@/lib/media/covers';
import { svgPng } from './svg-png';

// Draws the covers for real, SVG rasterized by sharp, as the build does. Set COVER_PREVIEW_DIR to
// keep the PNGs and look at them.
const PREVIEW = process.env.COVER_PREVIEW_DIR;
const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
const author = { name: LONGEST.author.name, jobTitle: LONGEST.author.jobTitle };

async function draw(name: string, headline: string, size: { width: number; height: number }, idea = LONGEST.idea) {
  const png = await coverPng(size, { headline, ...author, idea });
  if (PREVIEW) {
    mkdirSync(PREVIEW, { recursive: true });
    writeFileSync(join(PREVIEW, `${name}.png`), png);
  }
  return png;
}

const dimensions = async (png: Buffer) => {
  const { format, width, height } = await sharp(png).metadata();
  return { format, width, height };
};

describe('coverPng', () => {
  it.each(kinds)('draws the 160-character headline on the %s cover as a PNG of the cover’s size', async (kind) => {
    const size = COVER_IMAGES[kind];
    expect(await dimensions(await draw(`longest-${kind}`, LONGEST.headline, size))).toEqual({ format: 'png', ...size });
  });

  // Every article of the content folder, as the build draws it (COVER_PREVIEW_DIR keeps them to look at).
  it.each(loadArticles().map((a) => [a.slug, a] as const))('draws %s’s cover at every size', async (slug, article) => {
    for (const kind of kinds) {
      const png = await draw(`${slug}-${kind}`, article.headline, COVER_IMAGES[kind], article.idea);
      expect(await dimensions(png)).toEqual({ format: 'png', ...COVER_IMAGES[kind] });
    }
  });

  it('draws og.png: the site’s description, and a 160-character one', async () => {
    for (const [name, text] of [
      ['og-site', site.description],
      ['og-longest-description', LONGEST.description],
    ] as const)
      expect(await dimensions(await draw(name, text, COVER_IMAGES.og))).toEqual({ format: 'png', ...COVER_IMAGES.og });
  });

  it('draws the words, not an empty card: text covers pixels the background alone does not', async () => {
    const size = COVER_IMAGES.og;
    const stats = async (headline: string) =>
      (await sharp(await draw(`stats-${headline.length}`, headline, size)).stats()).channels;
    const [long, short] = [await stats(LONGEST.headline), await stats('A')];
    // The headline is light on a dark card: more of it, a brighter mean.
    expect(long[0]!.mean).toBeGreaterThan(short[0]!.mean + 1);
  });
});

describe('coverSvg', () => {
  const svg = coverSvg(COVER_IMAGES.og, { headline: LONGEST.headline, ...author, idea: LONGEST.idea });

  // A fresh CI machine may have no fonts at all: text is outlines, nothing asks the system for a font.
  it('draws text as outlines, naming no font', () => {
    expect(svg).not.toMatch(/<text|font-family|font-size|@font-face/);
    expect(svg).toMatch(/<path id="g\d+" d="M/);
  });

  it('defines each glyph once however often it is drawn', () => {
    const ids = [...svg.matchAll(/<path id="(g\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, id] of svg.matchAll(/<use href="#(g\d+)"/g)) expect(ids).toContain(id);
  });
});

describe('brandMarkSvg', () => {
  it.each([180, 192, 512])('draws the %dpx icon as a square PNG, its letters as outlines', async (size) => {
    const svg = brandMarkSvg(size);
    expect(svg).not.toMatch(/<text|font-family/);
    const png = await svgPng(svg);
    if (PREVIEW) writeFileSync(join(PREVIEW, `icon-${size}.png`), png);
    expect(await dimensions(png)).toEqual({ format: 'png', width: size, height: size });
  });
});
