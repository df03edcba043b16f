import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { copyArticle, firstArticleFolder, withSuffix } from './copy-article';

const FIXTURES = 'tests/fixtures/content';
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copy-article-'));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('copyArticle', () => {
  it('gives the copy its own slug, headline, title and description, within their limits, and the loader reads both', () => {
    const name = firstArticleFolder(dir);
    const { original, copy } = copyArticle(dir, name);
    expect(copy).toBe(`${original}-copy`);
    const articles = loadArticles(dir, { drafts: true });
    const a = articles.find((x) => x.slug === original)!;
    const b = articles.find((x) => x.slug === copy)!;
    expect(b).toBeDefined();
    for (const key of ['headline', 'title', 'description'] as const) expect(b[key]).not.toBe(a[key]);
    expect(b.headline.length).toBeLessThanOrEqual(160);
    expect(b.title.length).toBeLessThanOrEqual(70);
    expect(b.description.length).toBeLessThanOrEqual(160);
    expect(b.sections.map((s) => s.title)).toEqual(a.sections.map((s) => s.title));
  });

  it('points the copy’s links to its own old path at its new one, and leaves other links alone', () => {
    const name = firstArticleFolder(dir);
    const slug = /^slug: (.+)$/m.exec(readFileSync(join(dir, name, 'article.mdx'), 'utf8'))![1]!;
    const first = readdirSync(join(dir, name)).find((f) => /^\d+-.*\.mdx$/.test(f))!;
    const file = join(dir, name, first);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n[self](/blog/${slug}#faq) [other](/blog/${slug}-other)\n`);
    copyArticle(dir, name);
    const copied = readFileSync(join(dir, `${name}-copy`, first), 'utf8');
    expect(copied).toContain(`[self](/blog/${slug}-copy#faq)`);
    expect(copied).toContain(`[other](/blog/${slug}-other)`);
  });

  it('fails on a folder without frontmatter, naming the file', () => {
    const name = firstArticleFolder(dir);
    writeFileSync(join(dir, name, 'article.mdx'), 'no frontmatter here\n');
    expect(() => copyArticle(dir, name)).toThrow(`${join(dir, `${name}-copy`, 'article.mdx')}: no frontmatter`);
  });
});

describe('firstArticleFolder', () => {
  it('is the first folder holding article.mdx, by name; pages and case studies are not articles', () => {
    expect(firstArticleFolder(dir)).toBe('fixture-draft-article');
  });

  it('fails on a folder with no article', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-articles-'));
    try {
      expect(() => firstArticleFolder(empty)).toThrow('holds no article folder');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('withSuffix', () => {
  it('appends the suffix, cutting the text so the whole keeps to the limit', () => {
    expect(withSuffix('Short', ' (copy)', 70)).toBe('Short (copy)');
    const long = withSuffix('x'.repeat(80), ' (copy)', 70);
    expect(long).toHaveLength(70);
    expect(long.endsWith(' (copy)')).toBe(true);
    expect(withSuffix('word word', ' (copy)', 12)).toBe('word (copy)');
  });
});

describe('translateArticle', () => {
  it('copies an article into a translation by adding language and translationOf, which the loader links both ways', async () => {
    const { translateArticle } = await import('./copy-article');
    const name = 'fixture-every-feature';
    const { slug, path } = translateArticle(dir, name, 'de');
    expect(path).toBe(`/de/blog/${slug}`);
    const { loadTranslations } = await import('@/lib/content');
    const translation = loadTranslations(dir, { drafts: true }).find((t) => t.path === path)!;
    expect(translation.translationOf).toBe(slug);
    const original = loadArticles(dir, { drafts: true }).find((a) => a.slug === slug)!;
    expect(original.versions.map((v) => v.path)).toContain(path);
    expect(translation.versions).toEqual(original.versions);
  });
});
