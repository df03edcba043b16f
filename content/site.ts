/**
 * Who and where: every site-wide fact, written once. Pages, metadata, JSON-LD, the feed and MDX
 * links (`[text](site:<key>)`) all read from here.
 */
export const site = {
  name: 'Mudassir Khan',
  /** Production origin; override at build time with SITE_URL (e.g. a preview deployment). */
  url: 'https://mudassirkhan.me',
  language: 'en',
  locale: 'en_US',
  /** One sentence on what the site and its author are about (home page, feed, llms.txt). */
  description:
    'Mudassir Khan designs production AI systems: agent orchestration, inference infrastructure, guardrails and observability, from architecture document to handoff.',
  /** Authors by key; article.mdx names one in `author`. The first is the site's owner. */
  authors: {
    'mudassir-khan': {
      name: 'Mudassir Khan',
      jobTitle: 'Agentic AI Consultant & AI Systems Architect',
      /** Path of the author's page on this site. */
      path: '/',
      /** The author's profiles elsewhere (LinkedIn, GitHub…), for JSON-LD sameAs. Add real ones only. */
      sameAs: [] as readonly string[],
    },
  },
  /** Outside links, named so MDX can write `[NebulaDesk case study](site:nebuladesk)`. */
  links: {
    nebuladesk: 'https://mudassirkhan.me/case-studies/nebuladesk-agentic-ai-product-workspace',
    aiSystemsArchitecture: 'https://mudassirkhan.me/services/ai-systems-architecture',
  },
} as const;

export type Site = typeof site;
export type AuthorId = keyof Site['authors'];
export type LinkKey = keyof Site['links'];
