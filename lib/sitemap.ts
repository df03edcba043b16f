import type { MetadataRoute } from 'next';
import type { Article } from '@/lib/content';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

/** Every public page, with lastmod from the content's dates: an article's update, else the newest. */
export function sitemapEntries(
  articles: readonly Article[],
  origin: string,
  /** The pages and case studies, each with its own last update (a listing without one: the newest). */
  others: readonly { path: string; updated?: string }[] = [],
): MetadataRoute.Sitemap {
  const newest = articles.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const listing = newest ? { lastModified: newest } : {};
  return [
    { url: absoluteUrl(paths.home, origin), ...listing },
    { url: absoluteUrl(paths.blog, origin), ...listing },
    ...articles.map((a) => ({ url: absoluteUrl(a.path, origin), lastModified: a.updated })),
    ...others.map((p) => ({
      url: absoluteUrl(p.path, origin),
      ...(p.updated ? { lastModified: p.updated } : listing),
    })),
  ];
}
