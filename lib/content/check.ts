import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { iconFiles } from '@/lib/icons';
import { coverImages } from '@/lib/images';
import { listingPaths, pageSizeProblems } from '@/lib/listings';
import { paths } from '@/lib/paths';
import { collectTags } from '@/lib/tags';
import { articlePath, type ParsedArticle } from './article';
import { headingOrder } from './checks/headings';
import { images } from './checks/images';
import { internalLinks } from './checks/links';
import { tableRows } from './checks/tables';
import { tagProblems } from './checks/tags';
import type { Rule, SiteIndex } from './checks/rule';
import type { Problem } from './errors';
import { contentRoot, readArticles, readContentFolders, type ContentFolder } from './load';
import type { Section } from './section';

/** The rules `npm run check` adds to the loader's own validation, each over one parsed section. */
export const RULES: readonly Rule[] = [headingOrder, tableRows, internalLinks, images];

/** Lints every article folder under `root`: what the loader rejects, and what the rules find. */
export function checkContent(root: string = contentRoot(), publicDir = join(process.cwd(), 'public')): Problem[] {
  return inspectContent(root, publicDir).problems;
}

/** Every article folder under `root`, read once and checked against every rule (see inspectFolders). */
export function inspectContent(
  root: string = contentRoot(),
  publicDir = join(process.cwd(), 'public'),
): { parsed: ParsedArticle[]; problems: Problem[] } {
  return inspectFolders(readContentFolders(root), listFiles(publicDir));
}

/** The problems in these article folders, sorted by file and line (see inspectFolders). */
export function checkFolders(folders: readonly ContentFolder[], publicFiles: ReadonlySet<string>): Problem[] {
  return inspectFolders(folders, publicFiles).problems;
}

/**
 * Reads these article folders once and runs every rule over them: what the loader rejects and
 * what the rules find, sorted by file and line, with the articles as read. The build, `npm run
 * dev` and `npm run check` all go through here, so they enforce one rule set. `publicFiles` are
 * the site paths of the files under public/.
 */
export function inspectFolders(
  folders: readonly ContentFolder[],
  publicFiles: ReadonlySet<string>,
): { parsed: ParsedArticle[]; problems: Problem[] } {
  const { parsed, problems } = readArticles(folders);
  const site = siteIndex(parsed, publicFiles);
  problems.push(...tagProblems(parsed, folders), ...pageSizeProblems());
  parsed.forEach((article, i) => {
    const ids = headingIds(article.sections);
    const sources = new Map(folders[i]!.files.map((f) => [f.name, f.source]));
    for (const section of article.sections) {
      const name = `${section.name}.mdx`;
      const input = {
        file: `${article.dir}/${name}`,
        source: sources.get(name)!,
        section,
        ids,
        draft: article.meta?.draft === true,
      };
      for (const rule of RULES) problems.push(...rule(input, site));
    }
  });
  return { parsed, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}

/** Every path the build writes, and the heading ids of each article. */
export function siteIndex(parsed: readonly ParsedArticle[], publicFiles: ReadonlySet<string>): SiteIndex {
  const icons = iconFiles().map((i) => paths.icon(i.file));
  const articles = parsed.flatMap((d) =>
    d.slug ? [{ path: articlePath(d.slug), sections: d.sections, draft: d.meta?.draft === true }] : [],
  );
  const covers = articles.flatMap((a) => Object.values(coverImages(a.path)).map((c) => c.path));
  const generatedImages = [paths.siteImage, ...icons, ...covers];
  // The listings a production build writes: pages of /blog, the tag index, each tag's pages.
  const published = parsed.flatMap((d) => (d.meta && !d.meta.draft ? [d.meta] : []));
  const listings = pageSizeProblems().length ? [] : listingPaths(published.length, collectTags(published));
  return {
    pages: new Set([
      ...[paths.home, paths.blog, paths.feed, paths.sitemap, paths.llms, paths.manifest],
      ...articles.flatMap((a) => [a.path, paths.markdownTwin(a.path)]),
      ...generatedImages,
      ...listings,
      paths.search,
    ]),
    images: new Set(generatedImages),
    publicFiles,
    anchors: new Map(articles.map((a) => [a.path, headingIds(a.sections)])),
    drafts: new Set(articles.filter((a) => a.draft).flatMap((a) => [a.path, paths.markdownTwin(a.path)])),
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
