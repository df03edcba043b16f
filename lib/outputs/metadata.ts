import type { Metadata } from 'next';
import { site } from '@/content/site';
import type { Article, Version } from '@/lib/content';
import { ogLocale } from '@/lib/language';
import type { ListingView } from '@/lib/listing/listing-pages';
import { COVER_IMAGES } from '@/lib/media/covers';
import { articleCover } from '@/lib/media/media';
import type { Media } from '@/lib/media/media';
import { paths } from '@/lib/paths';
import { absoluteUrl, siteOrigin } from '@/lib/site-url';

interface PageInput {
  title: string;
  description: string;
  /** Site path of the page, e.g. /blog. */
  path: string;
}

const feedLink = { 'application/rss+xml': [{ url: paths.feed, title: `${site.name}: articles` }] };

/**
 * Metadata every page carries: title, description, absolute canonical, the feed link, Open Graph
 * and a Twitter card, with the site's 1200×630 image unless the page has its own.
 */
export function pageMetadata({ title, description, path }: PageInput, origin: string = siteOrigin()): Metadata {
  const url = absoluteUrl(path, origin);
  const image = { url: absoluteUrl(paths.siteImage, origin), ...COVER_IMAGES.og, alt: site.name };
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: feedLink },
    openGraph: { type: 'website', url, title, description, siteName: site.name, locale: site.locale, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/**
 * The about page's metadata: the page fields, with the owner's portrait (its largest file, at its
 * size) as the Open Graph and Twitter image when content/site.ts names one.
 */
export function profileMetadata(
  page: PageInput,
  portrait: { media: Pick<Media, 'largest'>; alt: string } | undefined,
  origin: string = siteOrigin(),
): Metadata {
  const base = pageMetadata(page, origin);
  if (!portrait) return base;
  const { path, width, height } = portrait.media.largest;
  const image = { url: absoluteUrl(path, origin), width, height, alt: portrait.alt };
  return { ...base, openGraph: { ...base.openGraph, images: [image] }, twitter: { ...base.twitter, images: [image] } };
}

/** An article page's metadata: the page fields plus article Open Graph tags, cover and Markdown twin. */
export function articleMetadata(article: Article, origin: string = siteOrigin()): Metadata {
  const base = pageMetadata({ title: article.title, description: article.description, path: article.path }, origin);
  const { og } = articleCover(article).images;
  const image = { url: absoluteUrl(og.path, origin), width: og.width, height: og.height, alt: article.headline };
  const authorUrl = absoluteUrl(article.author.path, origin);
  return {
    ...base,
    authors: [{ name: article.author.name, url: authorUrl }],
    keywords: article.tags,
    alternates: {
      ...base.alternates,
      types: { ...feedLink, 'text/markdown': paths.markdownTwin(article.path) },
      ...languageAlternates(article.versions, origin),
    },
    openGraph: {
      ...base.openGraph,
      locale: ogLocale(article.language),
      type: 'article',
      publishedTime: article.published,
      modifiedTime: article.updated,
      authors: [authorUrl],
      tags: article.tags,
      images: [image],
    },
    twitter: { ...base.twitter, images: [image] },
  };
}

/**
 * An article's <link rel="alternate" hreflang> to each of its languages, itself included, and
 * x-default to the original: none when it is published in one language only.
 */
export function languageAlternates(
  versions: readonly Version[],
  origin: string = siteOrigin(),
): { languages?: Record<string, string> } {
  const original = versions.find((v) => v.original);
  if (versions.length < 2 || !original) return {};
  return {
    languages: {
      ...Object.fromEntries(versions.map((v) => [v.language, absoluteUrl(v.path, origin)])),
      'x-default': absoluteUrl(original.path, origin),
    },
  };
}

/**
 * A page of a listing: the page fields, plus <link rel="prev|next"> to its neighbours (the Metadata
 * API's `pagination`, written into the static <head> like the canonical).
 */
export function listingMetadata(
  page: PageInput & { previous?: string; next?: string },
  origin: string = siteOrigin(),
): Metadata {
  const { previous, next, ...input } = page;
  return {
    ...pageMetadata(input, origin),
    pagination: {
      previous: previous ? absoluteUrl(previous, origin) : null,
      next: next ? absoluteUrl(next, origin) : null,
    },
  };
}

/** The metadata of a listing page: its title, description and canonical, and its neighbours. */
export function listingViewMetadata(view: ListingView, origin: string = siteOrigin()): Metadata {
  return listingMetadata({ ...view.meta, previous: view.page.previous, next: view.page.next }, origin);
}
