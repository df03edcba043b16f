import type { Graph, Thing } from 'schema-dts';
import type { Article } from '@/lib/content';
import { blogPosting, faqPage } from './article';

export { blogPosting, faqPage, authorPerson } from './article';
export { serializeJsonLd } from './serialize';

/** One JSON-LD document holding every node of a page. */
export function graph(nodes: readonly (Thing | undefined)[]): Graph {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.filter((n): n is Thing => n !== undefined) as Graph['@graph'],
  };
}

/** Everything an article page describes. */
export function articleGraph(article: Article, origin: string): Graph {
  return graph([blogPosting(article, origin), faqPage(article, origin)]);
}
