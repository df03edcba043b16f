import type { MetadataRoute } from 'next';
import type { Article } from '@/lib/content';
import { articlesPerPage } from '@/lib/listing/listings';
import { pagePaths } from '@/lib/listing/paging';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';
import { languageAlternates } from './metadata';
import { collectTags, type Tag } from '@/lib/listing/tags';

/** The newest `updated` of these articles, as a lastmod field (none for no articles). */
function newestOf(articles: readonly Article[]): { lastModified?: string } {
  const newest = articles.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return newest ? { lastModified: newest } : {};
}

/**
 * Every public page, with lastmod from the content's dates: an article's update; for a listing
 * (each page of /blog, the tag index, each page of a tag) the newest update of what it lists.
 * `tags` are the store's (derived once); given here to keep this pure. Then the pages and case studies.
 */
export function sitemapEntries(
  articles: readonly Article[],
  origin: string,
  {
    tags = collectTags(articles),
    size = articlesPerPage(),
    others = [],
    translations = [],
  }: {
    /** The published translations: each an entry, with its article's alternates as every version's are. */
    translations?: readonly Article[];
    tags?: readonly Tag[];
    size?: number;
    /** The pages and case studies, each with its own last update (a listing without one: the newest). */
    others?: readonly { path: string; updated?: string }[];
  } = {},
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
    // Each language version lists every version (itself included) and x-default as xhtml:link.
    ...[...articles, ...translations].map((a) => {
      const { languages } = languageAlternates(a.versions, origin);
      return {
        url: absoluteUrl(a.path, origin),
        lastModified: a.updated,
        ...(languages && { alternates: { languages } }),
      };
    }),
    ...others.map((p) => ({
      url: absoluteUrl(p.path, origin),
      ...(p.updated ? { lastModified: p.updated } : listing),
    })),
  ];
}
