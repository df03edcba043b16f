import { site } from '@/content/site';
import { SITE_LANGUAGE, type SiteLanguages } from './language';

/**
 * The words of the site's own interface on an article page (labels, dates line, table of
 * contents, breadcrumbs, calls to action), in English. A translation's page shows content/site.ts
 * `languages.<tag>.words` where it gives one, and these otherwise. `{name}` and `{minutes}` are
 * filled in.
 */
export const ENGLISH_WORDS = {
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  minRead: '{minutes} min read',
  section: 'Section',
  contents: 'Contents',
  onThisPage: 'On this page',
  quickAnswer: 'Quick answer',
  topics: 'Topics',
  tags: 'Tags:',
  languages: 'Languages:',
  canonical: 'Canonical:',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  writing: 'Writing',
  backToTop: 'Back to top',
  relatedReading: 'Related reading',
  otherLanguages: 'Also in',
  ctaTitle: 'Need an AI systems architect?',
  ctaText:
    '{name} designs production AI systems for product teams, as a fractional architect, on a fixed-scope project, or through an architecture audit: from the first architecture document to production handoff.',
  ctaWorkWith: 'Work with {name}',
  ctaCaseStudy: 'Read the NebulaDesk case study',
} as const;

export type WordKey = keyof typeof ENGLISH_WORDS;
export type InterfaceWords = Record<WordKey, string>;

export const WORD_KEYS = Object.keys(ENGLISH_WORDS) as WordKey[];

/** The interface words for a page in `tag`: the language's own where content/site.ts gives them, English otherwise. */
export function interfaceWords(tag: string = SITE_LANGUAGE, languages: SiteLanguages = site.languages): InterfaceWords {
  const own = tag === SITE_LANGUAGE ? undefined : languages[tag]?.words;
  return { ...ENGLISH_WORDS, ...(own as Partial<InterfaceWords> | undefined) };
}

/**
 * The language a word is shown in on a page in `tag`: `tag` where content/site.ts gives the word,
 * else the site's (English), which a page in another language marks on the element (lang, and
 * dir="auto" so a right-to-left page sets its punctuation right).
 */
export function wordLanguage(
  key: WordKey,
  tag: string = SITE_LANGUAGE,
  languages: SiteLanguages = site.languages,
): { lang?: string; dir?: 'auto' } {
  if (tag === SITE_LANGUAGE || languages[tag]?.words?.[key]) return {};
  return { lang: SITE_LANGUAGE, dir: 'auto' };
}

/** A word with its `{placeholders}` filled in. */
export const fillWords = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
