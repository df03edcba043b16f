import type { Graph, Thing } from 'schema-dts';
import type { Article, Author } from '@/lib/content';
import { absoluteUrl } from '@/lib/site-url';
import { interfaceWords } from '@/lib/interface-words';
import { articleTrail, HOME, WRITING } from '@/lib/trails';
import { blogPosting, faqPage } from './article';
import { breadcrumbList, ids, person, webPage, webSite } from './nodes';
import { danglingRefs } from './validate';

export { blogPosting, faqPage } from './article';
export { breadcrumbList, ids, person, webPage, webSite } from './nodes';
export { serializeJsonLd } from './serialize';
export { danglingRefs } from './validate';

/** One JSON-LD document holding every node of a page. Throws if a reference points at nothing. */
export function graph(nodes: readonly (Thing | undefined)[]): Graph {
  const doc = { '@context': 'https://schema.org', '@graph': nodes.filter((n): n is Thing => n !== undefined) } as Graph;
  const dangling = danglingRefs(doc);
  if (dangling.length) throw new Error(`JSON-LD references nodes the page does not describe: ${dangling.join(', ')}`);
  return doc;
}

const siteNodes = (origin: string, owner: Author) => [webSite(origin, owner), person(origin, owner)];

/** The home page: the site and the person it belongs to. */
export function homeGraph(origin: string, owner: Author, page: { title: string; description: string }): Graph {
  return graph([
    ...siteNodes(origin, owner),
    webPage(origin, { ...page, path: '/', about: ids.person(origin, owner) }),
  ]);
}

/** The blog index: a CollectionPage listing the articles by URL. */
export function blogIndexGraph(
  origin: string,
  owner: Author,
  page: { title: string; description: string },
  articles: readonly Article[],
): Graph {
  const collection = {
    ...webPage(origin, { ...page, path: '/blog', type: 'CollectionPage', breadcrumb: true }),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: articles.map((a, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(a.path, origin),
        name: a.headline,
      })),
    },
  } as Thing;
  return graph([...siteNodes(origin, owner), collection, breadcrumbList(origin, BLOG_TRAIL)]);
}

const BLOG_TRAIL = [HOME, WRITING];

/** An article page: site, author, page, BlogPosting, breadcrumbs and (when it has one) the FAQ. */
export function articleGraph(article: Article, origin: string): Graph {
  return graph([
    ...siteNodes(origin, article.author),
    webPage(origin, {
      path: article.path,
      title: article.title,
      description: article.description,
      breadcrumb: true,
      language: article.language,
    }),
    blogPosting(article, origin),
    breadcrumbList(origin, articleTrail(article, interfaceWords(article.language))),
    faqPage(article, origin),
  ]);
}

/**
 * A listing page (a later page of /blog, the tag index, a tag's page): a CollectionPage whose
 * ItemList is what the page shows, with a BreadcrumbList ending at the page. `first` is the
 * position of the page's first item in the whole listing.
 */
export function collectionGraph(
  origin: string,
  owner: Author,
  page: { title: string; description: string; path: string },
  /** What the page lists, each at its path on this site, or at `url` when served elsewhere. */
  items: readonly { name: string; path: string; url?: string }[],
  trail: readonly { name: string; path: string }[],
  first = 1,
): Graph {
  const collection = {
    ...webPage(origin, { ...page, type: 'CollectionPage', breadcrumb: true }),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: items.map((item, i) => ({
        '@type': 'ListItem',
        position: first + i,
        url: item.url ?? absoluteUrl(item.path, origin),
        name: item.name,
      })),
    },
  } as Thing;
  return graph([...siteNodes(origin, owner), collection, breadcrumbList(origin, trail)]);
}

/** A page that is neither an article nor a listing (search): the page and its breadcrumb trail. */
export function pageGraph(
  origin: string,
  owner: Author,
  page: { title: string; description: string; path: string },
  trail: readonly { name: string; path: string }[],
): Graph {
  return graph([
    ...siteNodes(origin, owner),
    webPage(origin, { ...page, breadcrumb: true }),
    breadcrumbList(origin, trail),
  ]);
}
