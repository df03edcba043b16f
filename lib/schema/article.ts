import type { BlogPosting, FAQPage } from 'schema-dts';
import type { Article } from '@/lib/content';
import { coverImages } from '@/lib/images';
import { absoluteUrl } from '@/lib/site-url';
import { ids, ref } from './nodes';

/**
 * BlogPosting for an article page: what the page shows, with absolute URLs and zoned dates.
 * Author and publisher point at the Person node, with the name and URL repeated for parsers
 * that do not follow references.
 */
export function blogPosting(article: Article, origin: string): BlogPosting {
  const url = absoluteUrl(article.path, origin);
  // The author's cover photo, cropped, when the article names one; else the drawn cover.
  const images = article.coverPhoto ?? coverImages(article.path);
  const author = {
    ...ref(ids.person(origin, article.author)),
    '@type': 'Person' as const,
    name: article.author.name,
    url: absoluteUrl(article.author.path, origin),
  };
  return {
    '@type': 'BlogPosting',
    '@id': ids.article(url),
    headline: article.headline,
    description: article.description,
    url,
    mainEntityOfPage: ref(ids.webpage(url)),
    isPartOf: ref(ids.website(origin)),
    image: [images['16x9'], images['4x3'], images['1x1']].map((i) => ({
      '@type': 'ImageObject' as const,
      url: absoluteUrl(i.path, origin),
      width: String(i.width),
      height: String(i.height),
    })),
    datePublished: article.published,
    dateModified: article.updated,
    author,
    publisher: author,
    articleSection: article.tags[0],
    keywords: article.tags.join(', '),
    wordCount: article.wordCount,
    inLanguage: 'en',
  };
}

/** FAQPage built from the same entries that render the visible FAQ. Undefined when there is none. */
export function faqPage(article: Article, origin: string): FAQPage | undefined {
  if (article.faq.length === 0) return undefined;
  const url = absoluteUrl(article.path, origin);
  return {
    '@type': 'FAQPage',
    '@id': ids.faq(url),
    url,
    isPartOf: ref(ids.webpage(url)),
    mainEntity: article.faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      url: `${url}#${encodeURIComponent(entry.id)}`,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
