import { basename } from 'node:path';
import { site, type AuthorId } from '@/content/site';
import { ContentError, type Problem } from './errors';
import { readEntry } from './entry';
import { countWords } from './markdown';
import { articleMetaSchema, type ArticleMeta } from './schema';
import type { FaqEntry, Section } from './section';

/** The file in each article folder that holds its metadata. */
export const META_FILE = 'article.mdx';

/** An article folder, for the shared folder reader (lib/content/entry.ts). */
export const ARTICLE_KIND = { metaFile: META_FILE, noun: 'article', schema: articleMetaSchema };

/** Reading speed used for the reading time, in words a minute. */
export const WORDS_PER_MINUTE = 230;

/** Site path of an article's page. */
export const articlePath = (slug: string) => `/blog/${slug}`;

export type Author = { id: AuthorId } & (typeof site.authors)[AuthorId];

/** The site's owner: the first author in content/site.ts. */
export function siteOwner(): Author {
  const [id, author] = Object.entries(site.authors)[0]!;
  return { id: id as AuthorId, ...author };
}

/** An article as every page, feed and JSON-LD builder sees it: validated and derived once. */
export interface Article extends Omit<ArticleMeta, 'author'> {
  /** Folder name under the content root. */
  dir: string;
  /** Site path of the article page: /blog/<slug>. */
  path: string;
  author: Author;
  sections: Section[];
  /** The FAQ section's question and answer pairs, or none. */
  faq: FaqEntry[];
  wordCount: number;
  readingMinutes: number;
}

export interface SourceFile {
  /** File name inside the article folder, e.g. 01-definition.mdx. */
  name: string;
  source: string;
}

/** One article folder as read, before it is accepted: what could be read, and what is wrong. */
export interface ParsedArticle {
  /** The folder as shown in messages, e.g. content/ai-systems-architect-role. */
  dir: string;
  /** The metadata, when article.mdx is valid. */
  meta?: ArticleMeta;
  /** The slug when it is valid, even if other fields are not, so links to the article can be checked. */
  slug?: string;
  /** Every section whose frontmatter is valid, in order; with problems of their own or not. */
  sections: Section[];
  /** Every problem in every file of the folder; the article may be published only when empty. */
  problems: Problem[];
}

/**
 * Builds an article from the files of one folder. `dir` is the folder as shown in messages.
 * Throws a ContentError listing every problem in every file; never returns a partial article.
 */
export function parseArticle(dir: string, files: readonly SourceFile[]): Article {
  return completeArticle(readArticle(dir, files));
}

/** Reads one article folder and collects its problems without throwing (for `npm run check`). */
export function readArticle(dir: string, files: readonly SourceFile[]): ParsedArticle {
  const { meta, data, sections, problems } = readEntry(dir, files, ARTICLE_KIND);
  const slug = articleMetaSchema.shape.slug.safeParse(data?.slug).data;
  return { dir, meta, slug, sections, problems };
}

/** The article a clean reading describes, with everything derived once. Throws on any problem. */
export function completeArticle({ dir, meta, sections, problems }: ParsedArticle): Article {
  if (problems.length || !meta) throw new ContentError(problems);
  const author = site.authors[meta.author];
  const wordCount = countWords(sections.map((s) => s.text).join(' '));
  return {
    ...meta,
    dir: basename(dir),
    path: articlePath(meta.slug),
    author: { id: meta.author, ...author },
    sections,
    faq: sections.find((s) => s.faq)?.faq ?? [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
