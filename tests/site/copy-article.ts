import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterOf, rewriteSelfLinks, setFrontmatter } from '../bench/scale.mjs';

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
 * its new one. The frontmatter edit and the link rewrite are the scale benchmark's
 * (tests/bench/scale.mjs), which leave every other byte as it was. Returns both slugs.
 */
export function copyArticle(dir: string, name: string): { original: string; copy: string } {
  const to = join(dir, `${name}-copy`);
  cpSync(join(dir, name), to, { recursive: true });
  const metaFile = join(to, 'article.mdx');
  const source = readFileSync(metaFile, 'utf8');
  if (!/^---\r?\n/.test(source)) throw new Error(`${metaFile}: no frontmatter between --- lines to copy.`);
  const meta = frontmatterOf(source, metaFile);
  const original = String(meta.slug);
  const copy = `${original}-copy`;
  writeFileSync(
    metaFile,
    setFrontmatter(
      source,
      {
        slug: copy,
        headline: withSuffix(String(meta.headline), ': a copy', 160),
        title: withSuffix(String(meta.title), ' (copy)', 70),
        description: withSuffix(String(meta.description), ' (A copy.)', 160),
      },
      metaFile,
    ),
  );
  for (const file of readdirSync(to).filter((f) => f.endsWith('.mdx') && f !== 'article.mdx')) {
    const path = join(to, file);
    writeFileSync(path, rewriteSelfLinks(readFileSync(path, 'utf8'), original, copy));
  }
  return { original, copy };
}

/**
 * What an author does to publish a translation without translating yet: copies the article folder
 * `name` under `dir` as `<name>-<language>` and adds the two fields, `language` and
 * `translationOf` (its slug), keeping its slug and every other byte. `language` is one
 * content/site.ts names nowhere, so the pages prove the English interface words it falls back to.
 * Returns its slug and the path of its page.
 */
export function translateArticle(dir: string, name: string, language = 'de'): { slug: string; path: string } {
  const to = join(dir, `${name}-${language.toLowerCase()}`);
  cpSync(join(dir, name), to, { recursive: true });
  const metaFile = join(to, 'article.mdx');
  const source = readFileSync(metaFile, 'utf8');
  const slug = String(frontmatterOf(source, metaFile).slug);
  // The two fields, as the frontmatter's last lines.
  const end = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(3));
  if (!end) throw new Error(`${metaFile}: no frontmatter between --- lines to translate.`);
  const at = 3 + end.index + 1;
  writeFileSync(metaFile, `${source.slice(0, at)}language: ${language}\ntranslationOf: ${slug}\n${source.slice(at)}`);
  return { slug, path: `/${language.toLowerCase()}/blog/${slug}` };
}
