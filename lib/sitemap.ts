import type { MetadataRoute } from 'next';
import type { Article } from '@/lib/content';
import { articlesPerPage } from '@/lib/listings';
import { pagePaths } from '@/lib/paging';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';
import { collectTags, type Tag } from '@/lib/tags';

/** The newest `updated` of these articles, as a lastmod field (none for no articles). */
function newestOf(articles: readonly Article[]): { lastModified?: string } {
  const newest = articles.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return newest ? { lastModified: newest } : {};
}

/**
 * Every public page, with lastmod from the content's dates: an article's update; for a listing
 * (each page of /blog, the tag index, each page of a tag) the newest update of what it lists.
 * `tags` are the store's (derived once); given here to keep this pure.
 */
export function sitemapEntries(
  articles: readonly Article[],
  origin: string,
  tags: readonly Tag[] = collectTags(articles),
  size: number = articlesPerPage(),
): MetadataRoute.Sitemap {
  const newest = articles.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const listing = newest ? { lastModified: newest } : {};
  return [
    { url: absoluteUrl(paths.home, origin), ...listing },
    ...pagePaths(paths.blog, articles.length, size).map((path) => ({ url: absoluteUrl(path, origin), ...listing })),
    { url: absoluteUrl(paths.tags, origin), ...listing },
    ...tags.flatMap((tag) =>
      pagePaths(tag.path, tag.articles.length, size).map((path) => ({
        url: absoluteUrl(path, origin),
        ...newestOf(tag.articles),
      })),
    ),
    // What search finds changes with every article: as fresh as the newest.
    { url: absoluteUrl(paths.search, origin), ...listing },
    ...articles.map((a) => ({ url: absoluteUrl(a.path, origin), lastModified: a.updated })),
  ];
}
