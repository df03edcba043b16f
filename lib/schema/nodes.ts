import type { BreadcrumbList, Person, WebPage, WebSite } from 'schema-dts';
import { site } from '@/content/site';
import type { Author } from '@/lib/content';
import { absoluteUrl } from '@/lib/site-url';

/** A link to another node of the same page's graph. */
export interface Ref {
  '@id': string;
}

/** Stable @ids: the same node has the same id on every page. */
export const ids = {
  website: (origin: string) => `${origin}/#website`,
  person: (origin: string, author: Pick<Author, 'id'>) => `${origin}/#${author.id}`,
  webpage: (url: string) => `${url}#webpage`,
  breadcrumb: (url: string) => `${url}#breadcrumb`,
  article: (url: string) => `${url}#article`,
  faq: (url: string) => `${url}#faq`,
};

export const ref = (id: string): Ref => ({ '@id': id });

export function webSite(origin: string, publisher: Author): WebSite {
  return {
    '@type': 'WebSite',
    '@id': ids.website(origin),
    url: absoluteUrl('/', origin),
    name: site.name,
    description: site.description,
    inLanguage: site.language,
    publisher: ref(ids.person(origin, publisher)),
  };
}

/**
 * One person, the name alone (no titles), with a URL and any profiles in content/site.ts;
 * `description` and `image` where the page shows them (the about page's lead and portrait).
 */
export function person(
  origin: string,
  author: Author,
  description?: string,
  image?: { path: string; width: number; height: number },
): Person {
  return {
    '@type': 'Person',
    '@id': ids.person(origin, author),
    name: author.name,
    jobTitle: author.jobTitle,
    url: absoluteUrl(author.path, origin),
    ...(description ? { description } : {}),
    ...(image
      ? {
          image: {
            '@type': 'ImageObject',
            url: absoluteUrl(image.path, origin),
            width: String(image.width),
            height: String(image.height),
          },
        }
      : {}),
    ...(author.sameAs.length ? { sameAs: [...author.sameAs] } : {}),
  };
}

interface PageInput {
  path: string;
  title: string;
  description: string;
  type?: 'WebPage' | 'CollectionPage';
  /** Set when the page has a BreadcrumbList node. */
  breadcrumb?: boolean;
  /** The node the page is about, when the page describes one. */
  about?: string;
  /** BCP 47 tag of the page's text (a translation's); the site's language when not given. */
  language?: string;
}

export function webPage(origin: string, page: PageInput): WebPage {
  const url = absoluteUrl(page.path, origin);
  return {
    '@type': page.type ?? 'WebPage',
    '@id': ids.webpage(url),
    url,
    name: page.title,
    description: page.description,
    inLanguage: page.language ?? site.language,
    isPartOf: ref(ids.website(origin)),
    ...(page.breadcrumb ? { breadcrumb: ref(ids.breadcrumb(url)) } : {}),
    ...(page.about ? { about: ref(page.about) } : {}),
  } as WebPage;
}

/**
 * Home › … › this page. Google needs two items or more, positions from 1. Each `item` is the page
 * as a node, `{ "@id": url, "name" }`: schema.org's range for `item` is a Thing, which SHACL
 * validators hold to (a bare URL string is text to them); Google reads both forms.
 */
export function breadcrumbList(origin: string, trail: readonly { name: string; path: string }[]): BreadcrumbList {
  if (trail.length < 2) throw new Error(`breadcrumbList needs at least two items; got ${trail.length}.`);
  const last = trail.at(-1)!;
  return {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb(absoluteUrl(last.path, origin)),
    itemListElement: trail.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: { '@id': absoluteUrl(item.path, origin), name: item.name },
    })),
  };
}
