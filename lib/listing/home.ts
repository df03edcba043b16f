/**
 * The articles the home page lists under its latest writing: the featured one first (what the
 * home page leads with), then the newest of the others, `count` in all. `articles` is the
 * loader's list, newest first, so nothing is sorted twice.
 */
export function latestWriting<A extends { slug: string }>(
  articles: readonly A[],
  featured: A | undefined,
  count: number,
): A[] {
  if (count < 1) return [];
  const others = articles.filter((a) => a.slug !== featured?.slug);
  return (featured ? [featured, ...others] : others).slice(0, count);
}
