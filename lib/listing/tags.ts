import type { Article } from '@/lib/content/kinds/article';
import { paths } from '@/lib/paths';
import { urlSlug } from '@/lib/slug';

/** A topic: every published article whose frontmatter names it, newest first. */
export interface Tag<A = Article> {
  /** As the author wrote it ("AI Systems"). */
  name: string;
  /** Its URL segment ("ai-systems"): Latin letters and digits, like an article's slug. */
  slug: string;
  /** Site path of its page: /blog/tags/<slug>. */
  path: string;
  articles: A[];
}

/** A tag's URL segment: "AI Systems" → "ai-systems". Empty when it has no Latin letter or digit. */
export const tagSlug = (name: string): string => urlSlug(name);

/** Site path of a tag's page. */
export const tagPath = (name: string): string => `${paths.tags}/${tagSlug(name)}`;

/**
 * Every tag of these articles, in one pass: each with its articles in the order given (newest
 * first, as the store keeps them), the tags sorted by name. Two spellings with one slug are one
 * tag under the first spelling met; the content check refuses them before a build gets here.
 */
export function collectTags<A extends { tags: readonly string[] } = Article>(articles: readonly A[]): Tag<A>[] {
  const bySlug = new Map<string, Tag<A>>();
  for (const article of articles) {
    for (const name of new Set(article.tags)) {
      const slug = tagSlug(name);
      const tag = bySlug.get(slug) ?? { name, slug, path: `${paths.tags}/${slug}`, articles: [] };
      // Two spellings of one tag in one article list it once (articles come one at a time).
      if (tag.articles.at(-1) !== article) tag.articles.push(article);
      bySlug.set(slug, tag);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));
}
