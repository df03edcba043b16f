/**
 * Pages of a listing (/blog, a tag page): page 1 at the listing's own path, page n ≥ 2 at
 * `<path>/page/<n>`. There is no /page/1 (it would be /blog twice) and no page past the last.
 */

/** The page size from content/site.ts, refused unless a whole number of 1 or more. */
export function checkPageSize(size: unknown, where = 'content/site.ts articlesPerPage'): number {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
    throw new Error(
      `${where} is ${JSON.stringify(size)}: expected a whole number of articles a page, 1 or more. Fix: set it to a whole number such as 20.`,
    );
  return size;
}

/** How many pages `total` items fill; a listing with nothing still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / checkPageSize(size, 'page size')));
}

/** Site path of page `n` of the listing at `base`. */
export function pagePath(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`pagePath: page ${n} is not a page number (1, 2, 3…).`);
  return n === 1 ? base : `${base}/page/${n}`;
}

/** The page numbers that get a route of their own under `<base>/page/`: 2 … last. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The page number a URL segment names, or undefined when it is not one of this listing's pages
 * ("1", which lives at the listing's own path, "02", "x", past the last).
 */
export function pageNumber(segment: string, total: number, size: number): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const n = Number(segment);
  return n >= 2 && n <= pageCount(total, size) ? n : undefined;
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Paths of the neighbouring pages, when there are any. */
  previous?: string;
  next?: string;
  /** Every page's path, in order, for the page links. */
  paths: string[];
}

/** Page `n` of `items` for the listing at `base`. Throws for a page that does not exist. */
export function paginate<T>(items: readonly T[], n: number, size: number, base: string): Page<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(n) || n < 1 || n > count)
    throw new Error(`paginate: ${base} has pages 1 to ${count}; page ${n} does not exist.`);
  const paths = Array.from({ length: count }, (_, i) => pagePath(base, i + 1));
  return {
    number: n,
    count,
    items: items.slice((n - 1) * size, n * size),
    previous: paths[n - 2],
    next: paths[n],
    paths,
  };
}

/** Every page's path of a listing of `total` items at `base`, page 1 first. */
export function pagePaths(base: string, total: number, size: number): string[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => pagePath(base, i + 1));
}
