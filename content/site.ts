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
  /**
   * Translations (an article.mdx with `language` and `translationOf`) need nothing here. Per
   * language tag (e.g. 'ur-Latn', 'ur'), optionally: `label`, the language's name in itself for
   * the language switch (else CLDR's, e.g. اردو), and `words`, the site's interface in that
   * language (keys of ENGLISH_WORDS in lib/interface-words.ts: updated, onThisPage, home…; each
   * word left out stays English). `npm run check` refuses an unknown tag form or word key.
   */
  languages: {} as Readonly<
    Record<string, { readonly label?: string; readonly words?: Readonly<Record<string, string>> }>
  >,
  /** One sentence on what the site and its author are about (home page, feed, llms.txt). */
  description:
    'Mudassir Khan designs production AI systems: agent orchestration, inference infrastructure, guardrails and observability, from architecture document to handoff.',
  /**
   * The home page's own words (app/page.tsx, components/home/): only what the pillar article
   * states. Its name, job title and promise (`description`) are read from above; the ways to work
   * together from the services page's offers, the writing from the articles.
   */
  home: {
    /** Who the work is for, under the promise (the article's "when to hire" and engagement table). */
    audience:
      'For seed to Series A teams moving an AI product from prototype to production, adding a second model or agent, or entering a regulated industry.',
    /** The primary call to action: to `links.aiSystemsArchitecture`. */
    cta: 'Work with me',
    /** The secondary one: to the writing. */
    readCta: 'Read the writing',
    /**
     * The proof beside the hero: a case study (`link` names an entry in links), shown with its
     * headline figure (its first figure, or its `elsewhere` entry's) and this sentence.
     */
    proof: {
      context: 'NebulaDesk: an agentic workspace where AI systems architecture cut product spec cycle time by 50%.',
      linkText: 'Read the NebulaDesk case study',
      link: 'nebuladesk',
    },
    engagementsTitle: 'Ways to work together',
    /**
     * Under the ways to work together: what every engagement delivers, in one line, linking to
     * the services page's section that lists it (`section`: that section's heading id).
     */
    receive: {
      text: 'Every engagement ends in written, reviewable deliverables, from the architecture document to the handoff documentation.',
      linkText: 'What you receive',
      section: 'what-you-receive',
    },
    writingTitle: 'Latest writing',
    /** How many articles the home page lists, the featured one first. */
    writingCount: 4,
  },
  /** Authors by key; article.mdx names one in `author`. The first is the site's owner. */
  authors: {
    'mudassir-khan': {
      name: 'Mudassir Khan',
      jobTitle: 'Agentic AI Consultant & AI Systems Architect',
      /** Path of the author's page on this site. */
      path: '/',
      /** The author's profiles elsewhere (LinkedIn, GitHub…): JSON-LD sameAs, and the owner's are listed in <Contact />. Add real ones only. */
      sameAs: [] as readonly string[],
      /**
       * The author's portrait: a photo (JPEG, PNG or WebP, at least 480 px wide) in the content
       * folder, named by its path there, e.g. 'authors/mudassir-khan.jpg'. Shown on the about
       * page beside the headline, as its Open Graph image and as the Person's JSON-LD image.
       * Empty: none is shown. A real photo of the author only.
       */
      image: '' as string,
    },
  },
  /**
   * What clients said, word for word, with their permission: real ones only, never paraphrased or
   * made up. Each is shown as a quote card (<Testimonials />, on the about and services pages).
   * `photo` is optional: a file in the content folder (e.g. 'testimonials/jane-doe.jpg', at
   * least 96 px wide); `link` is optional: an https:// page of the person or their company.
   * Empty: no testimonial section is shown.
   */
  testimonials: [] as readonly {
    quote: string;
    name: string;
    role: string;
    company: string;
    photo?: string;
    link?: string;
  }[],
  /**
   * Organisations the author has worked for, who agree to be named: real ones only. Shown as a
   * row of names (<Clients />), a logo in place of the name when `logo` names a file in the
   * content folder (e.g. 'clients/acme.png', at least 64 px tall); `link` is optional (https://).
   * Empty: no client row is shown.
   */
  clients: [] as readonly { name: string; logo?: string; link?: string }[],
  /**
   * The author's work history, newest first, as the about page lists it: the role, the
   * organisation, the year it started and the year it ended (or 'present'). Real ones only.
   * Empty: the about page shows no work history.
   */
  workHistory: [] as readonly { role: string; organisation: string; start: number; end: number | 'present' }[],
  /** Articles on each page of /blog and of each tag page; the rest go to /blog/page/2, 3… (a whole number, 1 or more). */
  articlesPerPage: 20,
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
  /**
   * Links by name, so MDX can write `[NebulaDesk case study](site:nebuladesk)` and pages read
   * them: a path for a page of this site (so a SITE_URL preview links to itself), a full URL for
   * anything elsewhere. `npm run check` proves each path is built here or listed in `elsewhere`.
   */
  links: {
    nebuladesk: '/case-studies/nebuladesk-agentic-ai-product-workspace',
    aiSystemsArchitecture: '/services/ai-systems-architecture',
    about: '/about',
    /** Where every call to action ends: the services page's contact section (content/…/NN-contact.mdx). */
    contact: '/services/ai-systems-architecture#contact',
  },
  /** The case studies' index (/case-studies): its h1, the line under it, and its meta description. */
  caseStudies: {
    headline: 'Case studies',
    intro: 'Production AI systems, from architecture document to measured outcome.',
    description:
      'Case studies of production AI systems designed by Mudassir Khan, from architecture document to measured outcome.',
  },
  /**
   * Pages of this origin that another system serves (not built from content/). Links to them
   * pass the checks, `npm run check` lists them, and /case-studies lists those under it by
   * `name`. Remove one once a content folder builds its path: the check fails while both claim it.
   */
  elsewhere: [
    {
      path: '/case-studies/nebuladesk-agentic-ai-product-workspace',
      name: 'NebulaDesk: an agentic workspace where AI systems architecture cut product spec cycle time by 50%',
      client: 'NebulaDesk',
      figure: { value: '50%', label: 'cut in product spec cycle time' },
    },
  ] as readonly {
    path: string;
    name: string;
    /** Who the work was for (a case study's card shows it above the title). */
    client?: string;
    /** Its headline figure, as the case study states it (the card's and the home page's proof). */
    figure?: { value: string; label: string };
  }[],
  /**
   * How to reach the owner, shown wherever the content places <Contact /> (the services page's
   * contact section, where every call to action then ends). Set only real ones: while email,
   * booking, form and the owner's sameAs profiles are all empty, `npm run check` and the build
   * warn, the section holding <Contact /> is left out, and every call to action leads to the
   * services page's offer instead.
   */
  contact: {
    /** An address readers may write to, e.g. name@example.com (shown as a mailto: link). */
    email: '' as string,
    /** A page where a reader books a call (Cal.com, Calendly…): a full https:// URL. */
    booking: '' as string,
    /**
     * A form service's endpoint that accepts an ordinary HTML POST (Formspree, Basin and the
     * like), e.g. https://formspree.io/f/<id>: a full https:// URL. Once set, <Contact /> shows a
     * form (name, email, message; no JavaScript) that posts there, and the Content-Security-Policy
     * admits its origin in form-action.
     */
    form: '' as string,
  },
} as const;

export type Site = typeof site;
export type AuthorId = keyof Site['authors'];
export type LinkKey = keyof Site['links'];
