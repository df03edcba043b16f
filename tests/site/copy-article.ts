import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** The first article folder of `dir` (one holding article.mdx), as an author sees the folders listed. */
export function firstArticleFolder(dir: string): string {
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'article.mdx')))
    .map((d) => d.name)
    .sort()[0];
  if (!name) throw new Error(`${dir} holds no article folder (a folder with article.mdx) to copy.`);
  return name;
}

/** `text`, cut so that with `suffix` it is at most `max` characters. */
export const withSuffix = (text: string, suffix: string, max: number) =>
  `${text.slice(0, max - suffix.length).trimEnd()}${suffix}`;

/**
 * What an author does to start a new article: copies the article folder `name` under `dir` as
 * `<name>-copy` with the slug `<slug>-copy` and its own headline, title and description (they must
 * be unique across the site; each keeps within its limit); links to its own old path now lead to
 * its new one. Returns both slugs.
 */
export function copyArticle(dir: string, name: string): { original: string; copy: string } {
  const to = join(dir, `${name}-copy`);
  cpSync(join(dir, name), to, { recursive: true });
  const metaFile = join(to, 'article.mdx');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(metaFile, 'utf8'));
  if (!match) throw new Error(`${metaFile}: no frontmatter between --- lines to copy.`);
  const [, yaml = '', rest = ''] = match;
  const meta = parseDocument(yaml);
  const original = String(meta.get('slug'));
  const copy = `${original}-copy`;
  meta.set('slug', copy);
  meta.set('headline', withSuffix(String(meta.get('headline')), ': a copy', 160));
  meta.set('title', withSuffix(String(meta.get('title')), ' (copy)', 70));
  meta.set('description', withSuffix(String(meta.get('description')), ' (A copy.)', 160));
  writeFileSync(metaFile, `---\n${meta.toString({ lineWidth: 0 })}---\n${rest}`);
  const ownPath = new RegExp(`/blog/${original}(?![\\w-])`, 'g');
  for (const file of readdirSync(to).filter((f) => f.endsWith('.mdx') && f !== 'article.mdx')) {
    const path = join(to, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(ownPath, `/blog/${copy}`));
  }
  return { original, copy };
}
