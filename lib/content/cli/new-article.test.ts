import { describe, expect, it } from 'vitest';
import { thrown } from '@/tests/thrown';
import { parseArticle } from '../kinds/article';
import { checkFolders } from '../checks';
import { urlSlug } from '@/lib/slug';
import { localIsoDateTime, newArticle } from './new-article';

const NOW = new Date('2026-11-25T16:20:05Z');

describe('urlSlug', () => {
  it.each([
    ['Evaluating LLM Guardrails in Production', 'evaluating-llm-guardrails-in-production'],
    ['Cost & latency: a field guide', 'cost-and-latency-a-field-guide'],
    ['Café déjà vu, 2026!', 'cafe-deja-vu-2026'],
    ['Что такое архитектор', ''],
  ])('%s → %s', (title, slug) => expect(urlSlug(title)).toBe(slug));
});

describe('localIsoDateTime', () => {
  it('writes the moment with the machine’s timezone, as the schema asks', () => {
    const text = localIsoDateTime(NOW);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(text)).toBe(NOW.getTime());
  });
});

describe('newArticle', () => {
  const { folder, files } = newArticle('Evaluating LLM Guardrails in Production', NOW);

  it('is a draft folder named by its slug, with metadata and a first section', () => {
    expect(folder).toBe('evaluating-llm-guardrails-in-production');
    expect(files.map((f) => f.name)).toEqual(['article.mdx', '01-introduction.mdx']);
  });

  it('passes every content check as it stands, dated now', () => {
    const article = parseArticle(`content/${folder}`, files);
    expect(article).toMatchObject({
      slug: folder,
      headline: 'Evaluating LLM Guardrails in Production',
      draft: true,
      published: localIsoDateTime(NOW),
      updated: localIsoDateTime(NOW),
    });
    expect(checkFolders([{ dir: `content/${folder}`, files }], new Set())).toEqual([]);
  });

  it.each([
    ['too short', 'Short', 'the title has 5 characters; a new article’s title must have 10 to 70'],
    ['too long', 'x'.repeat(71), 'the title has 71 characters; a new article’s title must have 10 to 70'],
    ['no Latin letters', 'Что такое архитектор', 'the title has no Latin letters or digits to make the URL from'],
  ])('refuses a title %s, saying what to do', (_, title, message) => {
    expect(thrown(() => newArticle(title, NOW))).toContain(message);
    expect(thrown(() => newArticle(title, NOW))).toContain('Fix:');
  });
});
