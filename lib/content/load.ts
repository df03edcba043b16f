import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { readCachedArticle } from './article-cache';
import { META_FILE, type ParsedArticle } from './kinds/article';
import { CASE_STUDY_FILE, readCaseStudy, type ParsedCaseStudy } from './kinds/case-study';
import { offersElements } from './kinds/offers';
import { PAGE_FILE, readPage, type ParsedPage } from './kinds/page';
import { ContentError, type Problem } from './errors';
import { readAsset, type AssetFile, type ContentFolder } from './files';

/** Folder holding one sub-folder per article; CONTENT_DIR (when set and not empty) points elsewhere, e.g. at fixtures. */
export function contentRoot(): string {
  return join(process.cwd(), process.env.CONTENT_DIR || 'content');
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
      const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      const files = entries
        .filter((e) => e.name.endsWith('.mdx'))
        .map(({ name }) => ({ name, source: readFileSync(join(folder, name), 'utf8') }));
      // Hidden files (.DS_Store) are the system's, not the author's.
      const assets = entries
        .filter((e) => e.isFile() && !e.name.endsWith('.mdx') && !e.name.startsWith('.'))
        .map(({ name }) => readAsset(resolve(folder, name), name));
      return { dir: `${shown}/${d.name}`, files, assets };
    });
}

/**
 * Reads every article folder, collecting every problem (each folder's, and slugs used twice).
 * Within withArticleCache (a production build's one read), a folder read before is taken back.
 */
export function readArticles(folders: readonly ContentFolder[]): { parsed: ParsedArticle[]; problems: Problem[] } {
  const parsed = folders.map(readCachedArticle);
  const problems = parsed.flatMap((d) => d.problems);
  const bySlug = new Map<string, string>();
  // A translation may keep its original's slug: a slug is unique among the articles of one language.
  for (const { dir, slug, language } of parsed) {
    if (!slug) continue;
    const key = `${language ?? ''}\0${slug}`;
    const other = bySlug.get(key);
    if (other) {
      problems.push({
        file: `${dir}/article.mdx`,
        line: 1,
        message: `slug "${slug}" is also used by ${other}. Fix: give one of them another slug.`,
      });
    }
    bySlug.set(key, dir);
  }
  return { parsed, problems };
}

/**
 * Folders of the content root that hold the images content/site.ts names by path (the author's
 * portrait, testimonial photos, client logos), not a page: `authors/mudassir-khan.jpg`. Only
 * these names; any other folder must say what it is (folderKind), so a stray folder of images
 * still stops the check rather than being left out without a word.
 */
export const SITE_IMAGE_FOLDERS = ['authors', 'clients', 'testimonials'] as const;

const isSiteImageFolder = (folder: ContentFolder) =>
  (SITE_IMAGE_FOLDERS as readonly string[]).includes(basename(folder.dir));

/** A folder's kind is named by its metadata file. */
export const KIND_FILES = { article: META_FILE, page: PAGE_FILE, caseStudy: CASE_STUDY_FILE } as const;
export type FolderKind = keyof typeof KIND_FILES;

/** Every folder of the content root, read by its kind, with every problem of every folder. */
export interface ParsedSite {
  articles: ParsedArticle[];
  pages: ParsedPage[];
  caseStudies: ParsedCaseStudy[];
  /** The folders as read, by their dir (for the rules, which need each file's source). */
  folders: ReadonlyMap<string, ContentFolder>;
  /** The files of the site image folders, by their path in the content root (authors/me.jpg). */
  siteAssets: ReadonlyMap<string, AssetFile>;
  problems: Problem[];
}

/**
 * The kind of a folder: the one metadata file it holds. None or two is a problem (fail closed: a
 * folder the build cannot place would otherwise be left out without a word).
 */
export function folderKind(folder: ContentFolder): FolderKind | 'images' | Problem {
  if (isSiteImageFolder(folder)) {
    if (folder.files.length === 0) return 'images';
    return {
      file: `${folder.dir}/${folder.files[0]!.name}`,
      line: 1,
      message: `${basename(folder.dir)}/ holds the images content/site.ts names (${SITE_IMAGE_FOLDERS.join(', ')}), not MDX, so this file would never be shown. Fix: move it into a folder of another name.`,
    };
  }
  const kinds = (Object.keys(KIND_FILES) as FolderKind[]).filter((k) =>
    folder.files.some((f) => f.name === KIND_FILES[k]),
  );
  if (kinds.length === 1) return kinds[0]!;
  const list = `${META_FILE} (an article at /blog/<slug>), ${PAGE_FILE} (a page at the path it declares) or ${CASE_STUDY_FILE} (a case study at /case-studies/<slug>)`;
  return {
    file: folder.dir,
    line: 1,
    message:
      kinds.length === 0
        ? `the folder holds none of ${list}, so nothing would be built from it. Fix: add the one that says what it is, with its metadata.`
        : `the folder holds ${kinds.map((k) => KIND_FILES[k]).join(' and ')}, but a folder is one thing. Fix: keep one of them, and move the other into a folder of its own.`,
  };
}

/** Reads every folder by its kind; a path or slug used twice is a problem. */
export function readSite(folders: readonly ContentFolder[]): ParsedSite {
  const byKind = { article: [], page: [], caseStudy: [], images: [] } as Record<FolderKind | 'images', ContentFolder[]>;
  const problems: Problem[] = [];
  for (const folder of folders) {
    const kind = folderKind(folder);
    if (typeof kind === 'string') byKind[kind].push(folder);
    else problems.push(kind);
  }
  const articles = readArticles(byKind.article);
  const pages = byKind.page.map((f) => readPage(f.dir, f.files, f.assets));
  const caseStudies = byKind.caseStudy.map((f) => readCaseStudy(f.dir, f.files, f.assets));
  // <Offers> means something only on a service page; elsewhere it would promise markup it never gets.
  for (const entry of [...articles.parsed, ...caseStudies])
    for (const { section, node } of offersElements(entry.sections))
      problems.push({
        file: `${entry.dir}/${section.name}.mdx`,
        line: node.position?.start.line ?? 1,
        message: `<Offers> outside a service page: only a page with kind: service turns its table into offers. Fix: remove <Offers> and </Offers> around the table.`,
      });
  problems.push(
    ...articles.problems,
    ...[...pages, ...caseStudies].flatMap((p) => p.problems),
    ...usedTwice(pages.map((p) => ({ dir: p.dir, key: p.path, file: PAGE_FILE, what: 'path' }))),
    ...usedTwice(caseStudies.map((c) => ({ dir: c.dir, key: c.slug, file: CASE_STUDY_FILE, what: 'slug' }))),
  );
  return {
    articles: articles.parsed,
    pages,
    caseStudies,
    folders: new Map(folders.map((f) => [f.dir, f])),
    siteAssets: new Map(
      byKind.images.flatMap((f) => (f.assets ?? []).map((a) => [`${basename(f.dir)}/${a.name}`, a] as const)),
    ),
    problems,
  };
}

function usedTwice(entries: { dir: string; key?: string; file: string; what: string }[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { dir, key, file, what } of entries) {
    if (!key) continue;
    const other = seen.get(key);
    if (other)
      problems.push({
        file: `${dir}/${file}`,
        line: 1,
        message: `${what} "${key}" is also used by ${other}. Fix: give one of them another ${what}.`,
      });
    else seen.set(key, dir);
  }
  return problems;
}

/**
 * Drafts are shown by `npm run dev` only (NODE_ENV=development). Anything else, a production
 * build above all, leaves them out: a draft is published only by removing `draft: true`.
 */
export const showDrafts = (env: Record<string, string | undefined> = process.env) => env.NODE_ENV === 'development';
