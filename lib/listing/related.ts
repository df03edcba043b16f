import type { Article } from '@/lib/content';

/** How many other articles the end of an article suggests. */
export const RELATED_COUNT = 3;

/**
 * The articles to suggest at the end of `article`: the others, most shared tags first, then the
 * newest; none when there are no others. `articles` is the published list, newest first.
 */
export function relatedArticles(article: Article, articles: readonly Article[], count = RELATED_COUNT): Article[] {
  const tags = new Set(article.tags.map((t) => t.toLowerCase()));
  const shared = (other: Article) => other.tags.filter((t) => tags.has(t.toLowerCase())).length;
  // Each date read once, not in every comparison: every article's page sorts all the others.
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other, order) => ({ other, score: shared(other), time: Date.parse(other.published), order }))
    .sort((a, b) => b.score - a.score || b.time - a.time || a.order - b.order)
    .slice(0, count)
    .map(({ other }) => other);
}
