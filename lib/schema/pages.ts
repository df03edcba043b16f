import type { Article as ArticleNode, Offer as OfferNode, PriceSpecification, Service, Thing } from 'schema-dts';
import type { Author, CaseStudy, Offer, Page } from '@/lib/content';
import { paths } from '@/lib/paths';
import { COVER_IMAGES } from '@/lib/media/covers';
import type { Variant } from '@/lib/media/media';
import { absoluteUrl } from '@/lib/site-url';
import { caseStudiesElsewhere, elsewhereUrl } from '@/lib/links';
import { CASE_STUDIES, caseStudyTrail, HOME, pageTrail } from '@/lib/trails';
import { breadcrumbList, ids, person, ref, webPage, webSite } from './nodes';
import { workFields } from './article';
import { collectionGraph, graph } from './index';

/** The @ids of the nodes only these pages have. */
export const pageIds = {
  service: (url: string) => `${url}#service`,
  offer: (url: string, offer: Pick<Offer, 'id'>) => `${url}#offer-${offer.id}`,
};

/** UN/CEFACT codes for the periods a price may be paid for. */
const UNIT_CODES = { month: 'MON', year: 'ANN' } as const;

/** One offer of a service page, its price exactly as the table states it (USD range, period). */
export function offerNode(offer: Offer, pageUrl: string, provider: Author, origin: string): OfferNode {
  const { price } = offer;
  const spec: PriceSpecification = {
    '@type': price.unit ? 'UnitPriceSpecification' : 'PriceSpecification',
    priceCurrency: price.currency,
    minPrice: price.min,
    maxPrice: price.max,
    description: price.text,
    ...(price.unit ? { unitCode: UNIT_CODES[price.unit], unitText: price.unit } : {}),
  } as PriceSpecification;
  return {
    '@type': 'Offer',
    '@id': pageIds.offer(pageUrl, offer),
    name: offer.name,
    ...(offer.description ? { description: offer.description } : {}),
    url: `${pageUrl}#${encodeURIComponent(offer.sectionId)}`,
    priceSpecification: spec,
    offeredBy: ref(ids.person(origin, provider)),
  };
}

/** A service page: the Service, provided by the owner, with an Offer per row of its <Offers> table. */
export function serviceNode(page: Page, provider: Author, origin: string): Service {
  const url = absoluteUrl(page.path, origin);
  return {
    '@type': 'Service',
    '@id': pageIds.service(url),
    name: page.headline,
    description: page.description,
    url,
    provider: ref(ids.person(origin, provider)),
    mainEntityOfPage: ref(ids.webpage(url)),
    offers: page.offers.map((o) => offerNode(o, url, provider, origin)),
  };
}

/**
 * A marketing page's graph: site, owner, the page and what it is. A service page's WebPage is
 * about its Service; the about page is a ProfilePage whose mainEntity is the owner (Google's
 * profile-page markup); any other page is a WebPage. Breadcrumbs Home › page.
 */
export function contentPageGraph(
  page: Page,
  owner: Author,
  origin: string,
  /** The owner's portrait (its largest file), shown on the about page: the Person's image there. */
  portrait?: Pick<Variant, 'path' | 'width' | 'height'>,
) {
  const profile = page.kind === 'profile';
  const url = absoluteUrl(page.path, origin);
  const base = webPage(origin, {
    path: page.path,
    title: page.title,
    description: page.description,
    breadcrumb: true,
    ...(page.kind === 'service' ? { about: pageIds.service(url) } : {}),
  });
  const pageNode: Thing =
    page.kind === 'profile'
      ? ({
          ...base,
          '@type': 'ProfilePage',
          dateModified: page.updated,
          mainEntity: ref(ids.person(origin, owner)),
        } as Thing)
      : base;
  return graph([
    webSite(origin, owner),
    person(origin, owner, profile ? page.description : undefined, profile ? portrait : undefined),
    pageNode,
    page.kind === 'service' ? serviceNode(page, owner, origin) : undefined,
    breadcrumbList(origin, pageTrail(page)),
  ]);
}

/** A case study page: site, author, page, an Article (headline, dates, author, image) and breadcrumbs. */
export function caseStudyGraph(study: CaseStudy, origin: string) {
  const article: ArticleNode = {
    '@type': 'Article',
    ...workFields(study, origin),
    image: {
      '@type': 'ImageObject',
      url: absoluteUrl(paths.siteImage, origin),
      width: String(COVER_IMAGES.og.width),
      height: String(COVER_IMAGES.og.height),
    },
    about: study.client,
  };
  return graph([
    webSite(origin, study.author),
    person(origin, study.author),
    webPage(origin, { path: study.path, title: study.title, description: study.description, breadcrumb: true }),
    article,
    breadcrumbList(origin, caseStudyTrail(study)),
  ]);
}

/**
 * The case studies' index: a CollectionPage listing what the page lists, each case study built
 * here and then each one content/site.ts declares as served elsewhere (on the production origin).
 */
export function caseStudiesGraph(
  page: { path: string; title: string; description: string },
  studies: readonly CaseStudy[],
  owner: Author,
  origin: string,
) {
  const items = [
    ...studies.map((s) => ({ path: s.path, name: s.headline })),
    ...caseStudiesElsewhere().map((e) => ({ path: e.path, name: e.name, url: elsewhereUrl(e.path) })),
  ];
  return collectionGraph(origin, owner, page, items, [HOME, CASE_STUDIES]);
}
