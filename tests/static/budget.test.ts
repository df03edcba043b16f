import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localPath, sitemapUrls } from '../site-data';
import { all, attr } from './dom';
import { page, served } from './out';

// What each page downloads before it can be read, gzip -9: its HTML, its stylesheets and its
// scripts, as out/ serves them. The article's budget is 16 KiB, every other page's 14 KiB (#18);
// images are not counted here (a phone loads an article's drawing as inline SVG, and the image
// budgets are the media tests' and `npm run bench:media`'s). tests/e2e/budget.spec.ts measures the
// same in a browser, per byte of an article's words.
const KIB = 1024;
const ARTICLE_BUDGET = 16 * KIB;
const PAGE_BUDGET = 14 * KIB;
// An article, or a translation of one (/ur/blog/x).
const isArticle = (path: string) => /^(\/[a-z]{2,3}(-[a-z0-9]+)*)?\/blog\/(?!tags(\/|$)|page\/)[^/]+$/.test(path);

const gzipped = new Map<string, number>();
/** The gzip -9 size of the file out/ serves for a path, measured once. */
function bytes(path: string): number {
  if (!gzipped.has(path)) {
    const file = served(path);
    expect(file, `${path} is served`).toBeDefined();
    gzipped.set(path, gzipSync(readFileSync(file!), { level: 9 }).length);
  }
  return gzipped.get(path)!;
}

/**
 * An article published in more languages also carries, by #20's rule, a <link rel="alternate"
 * hreflang> to each version (itself included) and x-default, and a language switch: 150 bytes
 * gzip on the suite's copy with one translation, whose page had 10 bytes of its 16 KiB left
 * without them (16,374). An article gets 128 bytes on top of its budget for each language version
 * it names (none in one language): a bound, not a pass.
 */
const PER_LANGUAGE = 128;
const alternates = (path: string) =>
  all(page(path), 'link[rel="alternate"][hreflang]').filter((l) => attr(l, 'hreflang') !== 'x-default').length;

describe('byte budgets, gzip', () => {
  for (const path of [...sitemapUrls().map(localPath), '/404']) {
    const budget = isArticle(path) ? ARTICLE_BUDGET : PAGE_BUDGET;
    it(`page ${path}: HTML, CSS and scripts under ${budget / KIB} KiB (an article: and ${PER_LANGUAGE} bytes a language version)`, () => {
      const doc = page(path);
      const assets = [
        ...all(doc, 'link[rel="stylesheet"]').map((l) => attr(l, 'href')!),
        ...all(doc, 'script[src]').map((s) => attr(s, 'src')!),
      ].map((href) => new URL(href, 'http://localhost').pathname);
      const total = bytes(path) + assets.reduce((sum, a) => sum + bytes(a), 0);
      const allowance = isArticle(path) ? PER_LANGUAGE * alternates(path) : 0;
      expect(total, `${path} and ${assets.join(', ')}`).toBeLessThanOrEqual(budget + allowance);
    });
  }
});
