import type { BlogPosting, FAQPage, Person } from 'schema-dts';
import type { Article } from '@/lib/content';
import { coverImages } from '@/lib/images';
import { absoluteUrl } from '@/lib/site-url';

/** The author as a schema.org Person: one person, the name alone, with a URL. */
export function authorPerson(article: Pick<Article, 'author'>, origin: string): Person {
  return {
    '@type': 'Person',
    name: article.author.name,
    jobTitle: article.author.jobTitle,
    url: absoluteUrl(article.author.path, origin),
  };
}

/** BlogPosting for an article page: what the page shows, with absolute URLs and zoned dates. */
export function blogPosting(article: Article, origin: string): BlogPosting {
  const url = absoluteUrl(article.path, origin);
  const images = coverImages(article.path);
  return {
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.headline,
    description: article.description,
    url,
    mainEntityOfPage: url,
    image: [images['16x9'], images['4x3'], images['1x1']].map((i) => absoluteUrl(i.path, origin)),
    datePublished: article.published,
    dateModified: article.updated,
    author: authorPerson(article, origin),
    publisher: authorPerson(article, origin),
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
    '@id': `${url}#faq`,
    url,
    mainEntity: article.faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      url: `${url}#${entry.id}`,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
