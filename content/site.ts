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
  /** Articles on each page of /blog and of each tag page; the rest go to /blog/page/2, 3… (a whole number, 1 or more). */
  articlesPerPage: 20,
  /** Ways to work with the author, shown on the home page; `link` names an entry in links. */
  engagements: [
    {
      name: 'Fractional architect',
      summary: 'Ongoing architecture oversight for seed to Series A teams, alongside your engineers.',
      link: 'aiSystemsArchitecture',
    },
    {
      name: 'Architecture project',
      summary:
        'A specific architecture deliverable: the document, the infrastructure specification, the orchestration design.',
      link: 'aiSystemsArchitecture',
    },
    {
      name: 'Architecture audit',
      summary:
        'A one-off review of an AI system in or near production: failure modes, cost, guardrails, observability.',
      link: 'aiSystemsArchitecture',
    },
  ],
  /** Response headers the build writes to out/_headers for the host (lib/build/headers.mjs). */
  security: {
    /**
     * Strict-Transport-Security is always sent (max-age two years). These two widen it, and
     * both are the site owner's decision, not a default:
     * - includeSubDomains: every subdomain of the domain must serve HTTPS too, or browsers
     *   that visited this site refuse to open it for two years.
     * - preload: asks to be listed in the browsers' built-in HSTS list (hstspreload.org, which
     *   also needs includeSubDomains); leaving that list takes months.
     */
    hsts: { includeSubDomains: false, preload: false },
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
