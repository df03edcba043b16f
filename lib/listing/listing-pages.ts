import { site } from '@/content/site';
import type { Article } from '@/lib/content';
import { articlesPerPage } from '@/lib/listing/listings';
import { paginate, type Page } from '@/lib/listing/paging';
import { paths } from '@/lib/paths';
import type { Tag } from '@/lib/listing/tags';
import { HOME, TOPICS, WRITING } from '@/lib/trails';

/** What a listing page says about itself: title, description and path (its metadata and JSON-LD read them). */
export interface ListingView {
  meta: { title: string; description: string; path: string };
  page: Page<Article>;
  trail: { name: string; path: string }[];
}

export const BLOG_PAGE = {
  title: `Writing on AI systems architecture · ${site.name}`,
  description:
    'Articles by Mudassir Khan on designing production AI systems: architecture, orchestration, guardrails, observability and hiring.',
};

/** ", page 2 of 3" for later pages, so every page of a listing has its own title and description. */
const ofPages = (page: Page<unknown>) => (page.number > 1 ? `page ${page.number} of ${page.count}` : '');

/** Page `n` of /blog. */
export function blogListing(articles: readonly Article[], n: number, size = articlesPerPage()): ListingView {
  const page = paginate(articles, n, size, paths.blog);
  const of = ofPages(page);
  return {
    page,
    meta: {
      title: of ? `Writing on AI systems architecture, ${of} · ${site.name}` : BLOG_PAGE.title,
      description: of ? `${BLOG_PAGE.description} Older articles, ${of}.` : BLOG_PAGE.description,
      path: page.paths[n - 1]!,
    },
    trail: of ? [HOME, WRITING, { name: `Page ${n}`, path: page.paths[n - 1]! }] : [HOME, WRITING],
  };
}

/** Page `n` of a tag's page. */
export function tagListing(tag: Tag, n: number, size = articlesPerPage()): ListingView {
  const page = paginate(tag.articles, n, size, tag.path);
  const of = ofPages(page);
  const count = `${tag.articles.length} article${tag.articles.length === 1 ? '' : 's'}`;
  const trail = [HOME, WRITING, TOPICS, { name: tag.name, path: tag.path }];
  return {
    page,
    meta: {
      title: `${tag.name}${of ? `, ${of}` : ''} · Articles by ${site.name}`,
      description: `${count} by ${site.name} on ${tag.name}, newest first${of ? `: ${of}` : ''}.`,
      path: page.paths[n - 1]!,
    },
    trail: of ? [...trail, { name: `Page ${n}`, path: page.paths[n - 1]! }] : trail,
  };
}

/** The tag index. */
export const TAG_INDEX = {
  meta: {
    title: `Topics · ${site.name}`,
    description: `Every topic ${site.name} writes about, with the number of articles on each.`,
    path: paths.tags,
  },
  trail: [HOME, WRITING, TOPICS],
};
