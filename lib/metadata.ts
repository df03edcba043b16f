import type { Metadata } from 'next';
import { site } from '@/content/site';
import type { Article } from '@/lib/content';
import { coverImages } from '@/lib/images';
import { absoluteUrl, siteOrigin } from '@/lib/site-url';

interface PageInput {
  title: string;
  description: string;
  /** Site path of the page, e.g. /blog. */
  path: string;
}

/** Metadata every page carries: title, description, absolute canonical, Open Graph, Twitter card. */
export function pageMetadata({ title, description, path }: PageInput, origin: string = siteOrigin()): Metadata {
  const url = absoluteUrl(path, origin);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description, siteName: site.name, locale: site.locale },
    twitter: { card: 'summary', title, description },
  };
}

/** An article page's metadata: the page fields plus article Open Graph tags and the cover image. */
export function articleMetadata(article: Article, origin: string = siteOrigin()): Metadata {
  const base = pageMetadata({ title: article.title, description: article.description, path: article.path }, origin);
  const og = coverImages(article.path).og;
  const image = { url: absoluteUrl(og.path, origin), width: og.width, height: og.height, alt: article.headline };
  return {
    ...base,
    authors: [{ name: article.author.name, url: absoluteUrl(article.author.path, origin) }],
    keywords: article.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.published,
      modifiedTime: article.updated,
      authors: [absoluteUrl(article.author.path, origin)],
      tags: article.tags,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images: [image] },
  };
}
