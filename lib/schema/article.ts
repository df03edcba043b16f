import type { BlogPosting, FAQPage } from 'schema-dts';
import { site } from '@/content/site';
import type { Article, Author, Version } from '@/lib/content';
import { articleCover } from '@/lib/media/media';
import { absoluteUrl } from '@/lib/site-url';
import { ids, ref } from './nodes';

/** What any written work of the site (an article, a case study) says about itself in JSON-LD. */
interface Work {
  path: string;
  headline: string;
  description: string;
  published: string;
  updated: string;
  author: Author;
  /** BCP 47 tag of its text; the site's language when not given. */
  language?: string;
}

/**
 * The fields an article's node and a case study's share: id, headline, description, the page it
 * is the main entity of, zoned dates, and author and publisher pointing at the Person node, with
 * the name and URL repeated for parsers that do not follow references.
 */
export function workFields(work: Work, origin: string) {
  const url = absoluteUrl(work.path, origin);
  const author = {
    ...ref(ids.person(origin, work.author)),
    '@type': 'Person' as const,
    name: work.author.name,
    url: absoluteUrl(work.author.path, origin),
  };
  return {
    '@id': ids.article(url),
    headline: work.headline,
    description: work.description,
    url,
    mainEntityOfPage: ref(ids.webpage(url)),
    isPartOf: ref(ids.website(origin)),
    datePublished: work.published,
    dateModified: work.updated,
    author,
    publisher: author,
    inLanguage: work.language ?? site.language,
  };
}

/**
 * Another language version of an article, where a BlogPosting names it (translationOfWork,
 * workTranslation): its BlogPosting's @id (described on its own page, with its images; the @id
 * is its URL and #article) with its language, so the reference says where it stands (not a dangling reference of this page)
 * without a second, partial BlogPosting.
 */
const versionNode = (v: Version, origin: string) => {
  const url = absoluteUrl(v.path, origin);
  return { '@id': ids.article(url), inLanguage: v.language };
};

/** What links an article to its other languages: a translation's original, an original's translations. */
function translationFields(article: Article, origin: string) {
  const original = article.versions.find((v) => v.original);
  if (article.translationOf)
    return original && original.language !== article.language
      ? { translationOfWork: versionNode(original, origin) }
      : {};
  const translations = article.versions.filter((v) => !v.original);
  return translations.length ? { workTranslation: translations.map((v) => versionNode(v, origin)) } : {};
}

/** BlogPosting for an article page: what the page shows, with absolute URLs and zoned dates. */
export function blogPosting(article: Article, origin: string): BlogPosting {
  const { images } = articleCover(article);
  return {
    '@type': 'BlogPosting',
    ...workFields(article, origin),
    image: [images['16x9'], images['4x3'], images['1x1']].map((i) => ({
      '@type': 'ImageObject' as const,
      url: absoluteUrl(i.path, origin),
      width: String(i.width),
      height: String(i.height),
    })),
    articleSection: article.tags[0],
    keywords: article.tags.join(', '),
    wordCount: article.wordCount,
    ...translationFields(article, origin),
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
    inLanguage: article.language,
    mainEntity: article.faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      url: `${url}#${encodeURIComponent(entry.id)}`,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
