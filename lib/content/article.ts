import { basename } from 'node:path';
import { site, type AuthorId } from '@/content/site';
import { ContentError, type Problem } from './errors';
import { readFrontmatter, validateFrontmatter } from './frontmatter';
import { countWords, readMdx } from './markdown';
import { articleIdea, type Idea } from '@/lib/idea';
import { articleMetaSchema, type ArticleMeta } from './schema';
import { parseSection, SECTION_FILE, type FaqEntry, type Section } from './section';

/** The file in each article folder that holds its metadata. */
export const META_FILE = 'article.mdx';

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
export interface Article extends Omit<ArticleMeta, 'author' | 'idea'> {
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
  /** What its cover draws: the author's `idea`, else one read from its sections (lib/idea.ts). */
  idea: Idea;
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
  const problems: Problem[] = [];
  const metaFile = files.find((f) => f.name === META_FILE);
  const sectionFiles = files
    .filter((f) => f.name !== META_FILE && f.name.endsWith('.mdx'))
    .sort((a, b) => a.name.localeCompare(b.name));

  let meta: ArticleMeta | undefined;
  let slug: string | undefined;
  if (!metaFile) {
    problems.push({
      file: `${dir}/${META_FILE}`,
      line: 1,
      message: `missing. Fix: add ${META_FILE} with the article's metadata (slug, headline, title, description, author, published, updated, tags).`,
    });
  } else {
    const file = `${dir}/${META_FILE}`;
    const { tree = { type: 'root', children: [] }, problems: syntax } = readMdx(file, metaFile.source);
    problems.push(...syntax);
    const frontmatter = readFrontmatter(file, tree);
    const result = validateFrontmatter(file, frontmatter, articleMetaSchema);
    problems.push(...result.problems);
    meta = result.value;
    slug = articleMetaSchema.shape.slug.safeParse((frontmatter.data as { slug?: unknown } | undefined)?.slug).data;
    const stray = tree.children.find((n) => n.type !== 'yaml');
    if (stray) {
      problems.push({
        file,
        line: stray.position?.start.line ?? 1,
        message: `${META_FILE} holds metadata only; this text would never be shown. Fix: move it into a section file.`,
      });
    }
  }

  const sections: Section[] = [];
  sectionFiles.forEach((f, i) => {
    const file = `${dir}/${f.name}`;
    const match = SECTION_FILE.exec(f.name);
    if (!match) {
      problems.push({
        file,
        line: 1,
        message: `not a section file name, so it would never be shown. Fix: rename it NN-name.mdx (e.g. ${String(i + 1).padStart(2, '0')}-${
          f.name
            .replace(/\.mdx$/, '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'section'
        }.mdx).`,
      });
      return;
    }
    if (Number(match[1]) !== i + 1) {
      problems.push({
        file,
        line: 1,
        message: `expected section number ${String(i + 1).padStart(2, '0')} here: files run 01, 02, 03… without gaps or repeats, and the number is the one readers see. Fix: renumber the files.`,
      });
      return;
    }
    const result = parseSection(file, f.source, i + 1);
    problems.push(...result.problems);
    if (result.section) sections.push(result.section);
  });
  if (sectionFiles.length === 0)
    problems.push({ file: dir, line: 1, message: 'the article has no section files. Fix: add 01-<name>.mdx.' });

  const faqSections = sections.filter((s) => s.faq);
  if (faqSections.length > 1) {
    problems.push({
      file: `${dir}/${faqSections[1]?.name}.mdx`,
      line: 1,
      message: 'a second FAQ section. Fix: keep faq: true on one section only.',
    });
  }
  problems.push(...duplicateIds(dir, sections));
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
    idea: articleIdea({ idea: meta.idea, tags: meta.tags, sections }),
  };
}

/** Heading ids are link targets: two headings with one id would make one of them unreachable. */
function duplicateIds(dir: string, sections: readonly Section[]): Problem[] {
  const seen = new Map<string, { file: string; line: number; title: string }>();
  const problems: Problem[] = [];
  for (const s of sections) {
    const file = `${s.name}.mdx`;
    for (const { id, title, line = 1 } of [{ id: s.id, title: s.title, line: undefined }, ...s.subsections]) {
      const first = seen.get(id);
      if (!first) seen.set(id, { file, line, title });
      // The same question twice in the FAQ is reported by the FAQ reader, with both lines.
      else if (!(s.faq && first.file === file && first.title.toLowerCase() === title.toLowerCase()))
        problems.push({
          file: `${dir}/${file}`,
          line,
          message: `the heading "${title}" has the same link id (#${id}) as "${first.title}" (${first.file}:${first.line}). Fix: reword one of them.`,
        });
    }
  }
  return problems;
}
