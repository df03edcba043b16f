import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticle, type ParsedArticle, type SourceFile } from './article';
import { ContentError, type Problem } from './errors';

/** Folder holding one sub-folder per article; CONTENT_DIR (when set and not empty) points elsewhere, e.g. at fixtures. */
export function contentRoot(): string {
  return join(process.cwd(), process.env.CONTENT_DIR || 'content');
}

/** One article folder's MDX files. `dir` is the folder as shown in messages: content/<name>. */
export interface ContentFolder {
  dir: string;
  files: SourceFile[];
}

/** Reads the MDX files of every article folder under the content root. */
export function readContentFolders(root: string = contentRoot()): ContentFolder[] {
  const shown = relative(process.cwd(), root) || '.';
  if (!existsSync(root))
    throw new ContentError([
      {
        file: shown,
        line: 1,
        message:
          'content folder not found. Fix: set CONTENT_DIR to the folder that holds the articles, or create content/.',
      },
    ]);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const folder = join(root, d.name);
      const files = readdirSync(folder)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => ({ name, source: readFileSync(join(folder, name), 'utf8') }));
      return { dir: `${shown}/${d.name}`, files };
    });
}

/** Reads every article folder, collecting every problem (each folder's, and slugs used twice). */
export function readArticles(folders: readonly ContentFolder[]): { parsed: ParsedArticle[]; problems: Problem[] } {
  const parsed = folders.map((f) => readArticle(f.dir, f.files));
  const problems = parsed.flatMap((d) => d.problems);
  const bySlug = new Map<string, string>();
  for (const { dir, slug } of parsed) {
    if (!slug) continue;
    const other = bySlug.get(slug);
    if (other) {
      problems.push({
        file: `${dir}/article.mdx`,
        line: 1,
        message: `slug "${slug}" is also used by ${other}. Fix: give one of them another slug.`,
      });
    }
    bySlug.set(slug, dir);
  }
  return { parsed, problems };
}

/**
 * Drafts are shown by `npm run dev` only (NODE_ENV=development). Anything else, a production
 * build above all, leaves them out: a draft is published only by removing `draft: true`.
 */
export const showDrafts = (env: Record<string, string | undefined> = process.env) => env.NODE_ENV === 'development';
