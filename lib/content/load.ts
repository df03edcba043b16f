import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle, type Article } from './article';
import { ContentError, throwIfProblems, type Problem } from './errors';

/** Folder holding one sub-folder per article; CONTENT_DIR points tests at fixture content. */
export function contentRoot(): string {
  return join(process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/** Reads and validates every article, newest first. Throws a ContentError naming each problem. */
export function loadArticles(root: string = contentRoot()): Article[] {
  if (!existsSync(root)) throw new Error(`Content folder not found: ${root}. Set CONTENT_DIR or create content/.`);
  const shown = relative(process.cwd(), root) || '.';
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const folder = join(root, d.name);
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ name, source: readFileSync(join(folder, name), 'utf8') }));
    try {
      articles.push(parseArticle(`${shown}/${d.name}`, files));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  const bySlug = new Map<string, string>();
  for (const a of articles) {
    const other = bySlug.get(a.slug);
    if (other) {
      problems.push({
        file: `${shown}/${a.dir}/article.mdx`,
        line: 1,
        message: `slug "${a.slug}" is also used by ${shown}/${other}. Fix: give one of them another slug.`,
      });
    }
    bySlug.set(a.slug, a.dir);
  }
  throwIfProblems(problems);
  return articles.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}

/** One article by slug, or undefined. */
export function loadArticle(slug: string): Article | undefined {
  return loadArticles().find((a) => a.slug === slug);
}
