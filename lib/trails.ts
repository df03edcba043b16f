import { caseStudiesPage } from '@/lib/content/kinds/case-study';
import { paths } from '@/lib/paths';

/**
 * Where each page sits: the breadcrumb trails, written once. The visible breadcrumb
 * (components/listing/breadcrumb.tsx) and the BreadcrumbList JSON-LD (lib/schema) read the same
 * trail, and the header names each section as its trail does.
 */
export interface Crumb {
  name: string;
  path: string;
}

export const HOME: Crumb = { name: 'Home', path: paths.home };
/** The articles: one name everywhere (header, footer, breadcrumbs, JSON-LD). */
export const WRITING: Crumb = { name: 'Writing', path: paths.blog };
export const TOPICS: Crumb = { name: 'Topics', path: paths.tags };
export const SEARCH: Crumb = { name: 'Search', path: paths.search };
export const CASE_STUDIES: Crumb = { name: caseStudiesPage.headline, path: caseStudiesPage.path };

/** An article: Home › Writing › its headline; named in its language's interface words (lib/interface-words.ts). */
export const articleTrail = (
  article: { headline: string; path: string },
  words: { home: string; writing: string } = { home: HOME.name, writing: WRITING.name },
): Crumb[] => [
  { ...HOME, name: words.home },
  { ...WRITING, name: words.writing },
  { name: article.headline, path: article.path },
];

/** A page built from content (services, about): Home › its headline. */
export const pageTrail = (page: { headline: string; path: string }): Crumb[] => [
  HOME,
  { name: page.headline, path: page.path },
];

/** A case study: Home › Case studies › its headline. */
export const caseStudyTrail = (study: { headline: string; path: string }): Crumb[] => [
  HOME,
  CASE_STUDIES,
  { name: study.headline, path: study.path },
];
