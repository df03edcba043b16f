import { paths } from '@/lib/paths';
import { tagSlug } from '@/lib/listing/tags';
import { META_FILE, type ParsedArticle } from '../kinds/article';
import type { Problem } from '../errors';
import type { ContentFolder } from '../files';

/** Segments under /blog that are listings, not articles: an article with one as its slug would hide them. */
export const RESERVED_SLUGS = ['tags', 'page'] as const;

/** The 1-based line of article.mdx where a frontmatter field starts, and the first line after it holding `text`. */
function lineOf(source: string, field: string, text?: string): number {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (start < 0) return 1;
  if (text === undefined) return start + 1;
  const at = lines.findIndex((l, i) => i >= start && l.includes(text));
  return (at < 0 ? start : at) + 1;
}

/**
 * Tags become addresses (/blog/tags/<slug>): every tag needs a slug, and two spellings of one slug
 * ("AI Systems" and "ai-systems") would be two names for one page, so both files are named. Articles
 * may not take a slug the listings use. Drafts count: publishing one must not break the site.
 */
export function tagProblems(parsed: readonly ParsedArticle[], folders: ReadonlyMap<string, ContentFolder>): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { name: string; file: string; line: number }>();
  parsed.forEach((article) => {
    const file = `${article.dir}/${META_FILE}`;
    const source = folders.get(article.dir)?.files.find((f) => f.name === META_FILE)?.source ?? '';
    if (article.slug && (RESERVED_SLUGS as readonly string[]).includes(article.slug))
      problems.push({
        file,
        line: lineOf(source, 'slug'),
        message: `slug "${article.slug}" is taken by the listings (${paths.blog}/${article.slug}/…). Fix: choose another slug.`,
      });
    for (const name of article.meta?.tags ?? []) {
      const slug = tagSlug(name);
      const line = lineOf(source, 'tags', name);
      if (!slug) {
        problems.push({
          file,
          line,
          message: `the tag "${name}" has no Latin letter or digit, so it cannot have a page (${paths.tags}/<tag>). Fix: add a word in Latin letters, or drop the tag.`,
        });
        continue;
      }
      const seen = first.get(slug);
      if (!seen) first.set(slug, { name, file, line });
      else if (seen.name !== name)
        problems.push({
          file,
          line,
          message: `the tag "${name}" has the same page (${paths.tags}/${slug}) as the tag "${seen.name}" in ${seen.file}:${seen.line}. Fix: spell both tags the same way.`,
        });
    }
  });
  return problems;
}
