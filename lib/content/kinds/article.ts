import { basename } from 'node:path';
import { site, type AuthorId } from '@/content/site';
import { coverCrops, coverSizeProblem, localImageName, type Media, type Variant } from '@/lib/media/media';
import type { CoverKind } from '@/lib/media/covers';
import { ContentError, type Problem } from '../errors';
import { assetSource, entryMedia, readEntry } from './entry';
import { isMeasured } from '@/lib/media/image-header';
import type { AssetFile, SourceFile } from '../files';
import { countWords } from '../parse/markdown';
import { articleIdea, type Idea } from '@/lib/art/idea';
import { interfaceWords } from '@/lib/interface-words';
import { languagePrefix, SITE_LANGUAGE, textDirection } from '@/lib/language';
import type { FieldLines } from '../parse/frontmatter';
import { articleMetaSchema, type ArticleMeta } from '../parse/schema';
import type { FaqEntry, Section } from '../parse/section';

/** The file in each article folder that holds its metadata. */
export const META_FILE = 'article.mdx';

/** An article folder, for the shared folder reader (lib/content/kinds/entry.ts). */
export const ARTICLE_KIND = { metaFile: META_FILE, noun: 'article', schema: articleMetaSchema };

/** Reading speed used for the reading time, in words a minute. */
export const WORDS_PER_MINUTE = 230;

/** Site path of an article's page: /blog/<slug>, or /<language>/blog/<slug> for a translation. */
export const articlePath = (slug: string, language: string = SITE_LANGUAGE) =>
  `${language === SITE_LANGUAGE ? '' : languagePrefix(language)}/blog/${slug}`;

/** One language version of an article (the original or a published translation), for hreflang and the switch. */
export interface Version {
  /** BCP 47 tag, e.g. en, ur-Latn. */
  language: string;
  /** The language's name in itself (Roman Urdu, اردو). */
  name: string;
  slug: string;
  path: string;
  /** True for the original (the x-default). */
  original: boolean;
}

export type Author = { id: AuthorId } & (typeof site.authors)[AuthorId];

/** The site's owner: the first author in content/site.ts. */
export function siteOwner(): Author {
  const [id, author] = Object.entries(site.authors)[0]!;
  return { id: id as AuthorId, ...author };
}

/** An article as every page, feed and JSON-LD builder sees it: validated and derived once. */
export interface Article extends Omit<ArticleMeta, 'author' | 'idea' | 'language'> {
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
  /** The images of the folder the text (or the cover field) uses, by file name, with their optimized files. */
  media: ReadonlyMap<string, Media>;
  /** The crops of the `cover` image, when the article names one: they replace the drawn cover. */
  coverPhoto?: Record<CoverKind, Variant>;
  /** What its cover draws: the author's `idea`, else one read from its sections (lib/art/idea.ts). */
  idea: Idea;
  /** BCP 47 tag of its text: the site's language for an original, the `language` field for a translation. */
  language: string;
  /** The direction its text runs (lib/language.ts). */
  direction: 'ltr' | 'rtl';
  /** The page whose drawn cover images it uses: its own; for a translation, its original's. */
  coverPath: string;
  /**
   * The article in every language it is published in, the original first, itself included when
   * published (set by the store, which sees them all; a draft translation is in none).
   */
  versions: Version[];
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
  /** The files beside the MDX (its images), by name. */
  assets: ReadonlyMap<string, AssetFile>;
  /** The language as written (valid or not), so the slug's uniqueness is judged per language. */
  language?: string;
  /** The line of a field of article.mdx (1 when it is absent). */
  lineOf: (field: string) => number;
  /**
   * What lineOf answers from, as data: an article kept between builds (lib/content/article-cache.ts)
   * is kept without its lineOf, a function, and given lineFinder(fields) again when read back.
   */
  fields: FieldLines;
}

/**
 * Builds an article from the files of one folder. `dir` is the folder as shown in messages.
 * Throws a ContentError listing every problem in every file; never returns a partial article.
 */
export function parseArticle(dir: string, files: readonly SourceFile[], assets: readonly AssetFile[] = []): Article {
  return completeArticle(readArticle(dir, files, assets));
}

/** Reads one article folder and collects its problems without throwing (for `npm run check`). */
export function readArticle(
  dir: string,
  files: readonly SourceFile[],
  assetFiles: readonly AssetFile[] = [],
): ParsedArticle {
  const { meta, data, sections, problems, assets, lineOf, fields } = readEntry(dir, files, ARTICLE_KIND, assetFiles);
  const slug = articleMetaSchema.shape.slug.safeParse(data?.slug).data;
  if (meta?.cover) {
    const problem = coverProblem(meta.cover, assets);
    if (problem) problems.push({ file: `${dir}/${META_FILE}`, line: lineOf('cover'), message: problem });
  }
  const language = typeof data?.language === 'string' ? data.language : undefined;
  return { dir, meta, slug, sections, problems, assets, language, lineOf, fields };
}

/** Why the `cover` field cannot be used, or undefined. */
function coverProblem(cover: string, assets: ReadonlyMap<string, AssetFile>): string | undefined {
  const name = localImageName(cover);
  const asset = name === undefined ? undefined : assets.get(name);
  if (!asset)
    return `field "cover": there is no ${cover} in this folder. Fix: put the image beside article.mdx and write cover: ./<file name>, or remove the field to keep the drawn cover.`;
  if (!isMeasured(asset.header))
    return `field "cover": ${cover} is ${asset.header.format === 'unknown' ? 'not an image the build can read' : `a ${asset.header.format.toUpperCase()} file`}. Fix: use a PNG, JPEG or WebP photo.`;
  const small = coverSizeProblem(asset.header);
  return small
    ? `field "cover": ${cover} ${small}. Fix: use a larger image, or remove the field to keep the drawn cover.`
    : undefined;
}

/** The article a clean reading describes, with everything derived once. Throws on any problem. */
export function completeArticle({ dir, meta, sections, problems, assets }: ParsedArticle): Article {
  if (problems.length || !meta) throw new ContentError(problems);
  const coverName = meta.cover ? localImageName(meta.cover) : undefined;
  const media = entryMedia(dir, sections, assets, coverName ? [coverName] : []);
  const author = site.authors[meta.author];
  const wordCount = countWords(sections.map((s) => s.text).join(' '));
  const language = meta.language ?? SITE_LANGUAGE;
  const path = articlePath(meta.slug, language);
  return {
    ...meta,
    dir: basename(dir),
    path,
    language,
    direction: textDirection(language),
    coverPath: meta.translationOf ? articlePath(meta.translationOf) : path,
    versions: [],
    author: { id: meta.author, ...author },
    sections: language === SITE_LANGUAGE ? sections : sections.map((s) => localSection(s, language)),
    faq: sections.find((s) => s.faq)?.faq ?? [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    media,
    coverPhoto: coverName ? coverCrops(assetSource(dir, assets, coverName)) : undefined,
    idea: articleIdea({ idea: meta.idea, tags: meta.tags, sections }),
  };
}

/** A translation's section, its eyebrow numbered in its own language's word for "Section" (Hissa 01 · …). */
function localSection(section: Section, language: string): Section {
  const eyebrow = `${interfaceWords(language).section} ${String(section.number).padStart(2, '0')} · ${section.topic}`;
  return { ...section, eyebrow };
}
