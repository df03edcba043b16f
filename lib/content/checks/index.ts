import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { iconFiles } from '@/lib/art/icons';
import { coverImages } from '@/lib/media/covers';
import { listingPaths, pageSizeProblems } from '@/lib/listing/listings';
import { paths } from '@/lib/paths';
import { collectTags } from '@/lib/listing/tags';
import { articlePath, type ParsedArticle } from '../kinds/article';
import { headingOrder } from './headings';
import { images } from './images';
import { internalLinks } from './links';
import { tableRows } from './tables';
import { tagProblems } from './tags';
import { siteLanguageProblems, translationProblems } from './translations';
import type { Rule, SiteIndex } from './rule';
import type { Problem } from '../errors';
import { site as config } from '@/content/site';
import { caseStudiesIndex, caseStudyPath, type ParsedCaseStudy } from '../kinds/case-study';
import type { AssetFile, ContentFolder } from '../files';
import { contentRoot, readContentFolders, readSite } from '../load';
import type { ParsedPage } from '../kinds/page';
import type { Section } from '../parse/section';
import { reservedPathProblem, siteConfigNotices, type Notice } from './site';

/** The rules `npm run check` adds to the loader's own validation, each over one parsed section. */
export const RULES: readonly Rule[] = [headingOrder, tableRows, internalLinks, images];

/** Lints every article folder under `root`: what the loader rejects, and what the rules find. */
export function checkContent(root: string = contentRoot(), publicDir = join(process.cwd(), 'public')): Problem[] {
  return inspectContent(root, publicDir).problems;
}

/** Every content folder under `root`, read once and checked against every rule (see inspectFolders). */
export function inspectContent(root: string = contentRoot(), publicDir = join(process.cwd(), 'public')): Inspection {
  return inspectFolders(readContentFolders(root), listFiles(publicDir));
}

/** The problems in these content folders, sorted by file and line (see inspectFolders). */
export function checkFolders(folders: readonly ContentFolder[], publicFiles: ReadonlySet<string>): Problem[] {
  return inspectFolders(folders, publicFiles).problems;
}

/** The content as read and checked: each kind of folder, every problem, and what to tell the author. */
export interface Inspection {
  /** The article folders as read. */
  parsed: ParsedArticle[];
  pages: ParsedPage[];
  caseStudies: ParsedCaseStudy[];
  /** The files of the site image folders (authors/, clients/, testimonials/), by path in the content root. */
  siteAssets: ReadonlyMap<string, AssetFile>;
  problems: Problem[];
  /** Warnings and notes that do not stop the build (no contact channel set, paths served elsewhere). */
  notices: Notice[];
}

/**
 * Reads these content folders once and runs every rule over them: what the loader rejects and
 * what the rules find, sorted by file and line, with the content as read. The build, `npm run
 * dev` and `npm run check` all go through here, so they enforce one rule set. `publicFiles` are
 * the site paths of the files under public/.
 */
export function inspectFolders(folders: readonly ContentFolder[], publicFiles: ReadonlySet<string>): Inspection {
  const { articles: parsed, pages, caseStudies, folders: byDir, siteAssets, problems } = readSite(folders);
  const site = siteIndex(parsed, publicFiles, { pages, caseStudies });
  const translations = translationProblems(parsed);
  // A translation's tags are its own words; its page links none (the tag pages list the originals).
  const originals = parsed.filter((a) => a.language === undefined);
  problems.push(...tagProblems(originals, byDir), ...pageSizeProblems(), ...translations.problems);
  problems.push(...siteLanguageProblems());
  const entries = [
    ...parsed.map((a) => ({ dir: a.dir, sections: a.sections, draft: a.meta?.draft === true, assets: a.assets })),
    ...pages.map((p) => ({ dir: p.dir, sections: p.sections, draft: false, assets: p.assets })),
    ...caseStudies.map((c) => ({ ...c, draft: c.meta?.draft === true })),
  ];
  for (const entry of entries) {
    const ids = headingIds(entry.sections);
    const sources = new Map(byDir.get(entry.dir)!.files.map((f) => [f.name, f.source]));
    for (const section of entry.sections) {
      const name = `${section.name}.mdx`;
      const input = {
        file: `${entry.dir}/${name}`,
        source: sources.get(name)!,
        section,
        ids,
        draft: entry.draft,
        assets: entry.assets,
      };
      for (const rule of RULES) problems.push(...rule(input, site));
    }
  }
  const fixed = siteIndex([], publicFiles);
  for (const page of pages) {
    const problem = page.path && reservedPathProblem(page.path, fixed, `${page.dir}/page.mdx`, byDir.get(page.dir));
    if (problem) problems.push(problem);
  }
  const config = siteConfigNotices(site, contentPaths(parsed, pages, caseStudies), undefined, undefined, siteAssets);
  problems.push(...config.problems);
  return {
    parsed,
    pages,
    caseStudies,
    siteAssets,
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    notices: [...config.notices, ...translations.notices],
  };
}

/** The page paths the content folders build. */
function contentPaths(
  articles: readonly ParsedArticle[],
  pages: readonly ParsedPage[],
  caseStudies: readonly ParsedCaseStudy[],
): Map<string, string> {
  return new Map([
    ...articles.flatMap((a) => (a.slug ? [[articlePath(a.slug, a.language), a.dir] as const] : [])),
    ...pages.flatMap((p) => (p.path ? [[p.path, p.dir] as const] : [])),
    ...caseStudies.flatMap((c) => (c.slug ? [[caseStudyPath(c.slug), c.dir] as const] : [])),
  ]);
}

/** Every path the build writes, and the heading ids of each article. */
export function siteIndex(
  parsed: readonly ParsedArticle[],
  publicFiles: ReadonlySet<string>,
  { pages = [], caseStudies = [] }: { pages?: readonly ParsedPage[]; caseStudies?: readonly ParsedCaseStudy[] } = {},
): SiteIndex {
  const icons = iconFiles().map((i) => paths.icon(i.file));
  const articles = parsed.flatMap((d) =>
    d.slug
      ? [
          {
            path: articlePath(d.slug, d.language),
            sections: d.sections,
            draft: d.meta?.draft === true,
            original: d.language === undefined,
          },
        ]
      : [],
  );
  const others = [
    ...pages.flatMap((p) => (p.path ? [{ path: p.path, sections: p.sections, draft: false }] : [])),
    ...caseStudies.flatMap((c) =>
      c.slug ? [{ path: caseStudyPath(c.slug), sections: c.sections, draft: c.meta?.draft === true }] : [],
    ),
  ];
  // A translation uses its original's covers.
  const covers = articles
    .filter((a) => a.original)
    .flatMap((a) => Object.values(coverImages(a.path)).map((c) => c.path));
  // Paths content/site.ts declares as served elsewhere on this origin: links to them are kept.
  const elsewhere = config.elsewhere.map((e) => e.path);
  const generatedImages = [paths.siteImage, ...icons, ...covers];
  // The listings a production build writes: pages of /blog, the tag index, each tag's pages.
  const published = parsed.flatMap((d) => (d.meta && !d.meta.draft && !d.meta.translationOf ? [d.meta] : []));
  const listings = pageSizeProblems().length ? [] : listingPaths(published.length, collectTags(published));
  return {
    pages: new Set([
      ...[paths.home, paths.blog, paths.feed, paths.sitemap, paths.llms, paths.manifest, caseStudiesIndex],
      ...articles.flatMap((a) => [a.path, paths.markdownTwin(a.path)]),
      ...others.map((p) => p.path),
      ...elsewhere,
      ...generatedImages,
      ...listings,
      paths.search,
    ]),
    images: new Set(generatedImages),
    publicFiles,
    anchors: new Map([...articles, ...others].map((a) => [a.path, headingIds(a.sections)])),
    drafts: new Set([
      ...articles.filter((a) => a.draft).flatMap((a) => [a.path, paths.markdownTwin(a.path)]),
      ...others.filter((p) => p.draft).map((p) => p.path),
    ]),
    slugsKnown: articles.length === parsed.length,
  };
}

/** The ids the page gives its headings: each section's h2 and ### headings (the FAQ's questions). */
function headingIds(sections: readonly Section[]): Set<string> {
  return new Set(sections.flatMap((s) => [s.id, ...s.subsections.map((sub) => sub.id)]));
}

/** The files under a folder as site paths (/img/a.png); none when there is no such folder. */
export function listFiles(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return new Set(names.filter((n) => statSync(join(dir, n)).isFile()).map((n) => `/${n.split(sep).join('/')}`));
}
