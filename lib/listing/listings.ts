import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '@/content/site';
import type { Problem } from '@/lib/content/errors';
import { checkPageSize, pagePaths } from '@/lib/listing/paging';
import { paths } from '@/lib/paths';
import type { Tag } from '@/lib/listing/tags';

/** Articles a listing page shows: content/site.ts articlesPerPage, checked. */
export const articlesPerPage = (size: unknown = site.articlesPerPage): number => checkPageSize(size);

/**
 * Every listing page of the site: each page of /blog, the tag index, and each page of every tag.
 * One list for the routes' params, the sitemap, llms.txt and the link check.
 */
export function listingPaths(
  articleCount: number,
  tags: readonly Pick<Tag<unknown>, 'path' | 'articles'>[],
  size: number = articlesPerPage(),
): string[] {
  return [
    ...pagePaths(paths.blog, articleCount, size),
    paths.tags,
    ...tags.flatMap((t) => pagePaths(t.path, t.articles.length, size)),
  ];
}

/** A bad articlesPerPage as a content problem, located in content/site.ts, for `npm run check` and the build. */
export function pageSizeProblems(size: unknown = site.articlesPerPage, file = 'content/site.ts'): Problem[] {
  try {
    checkPageSize(size);
    return [];
  } catch (e) {
    const source = existsSync(join(process.cwd(), file)) ? readFileSync(join(process.cwd(), file), 'utf8') : '';
    const line = source.split('\n').findIndex((l) => /^\s*articlesPerPage\s*:/.test(l)) + 1 || 1;
    return [{ file, line, message: (e as Error).message.replace(/^content\/site\.ts /, '') }];
  }
}
