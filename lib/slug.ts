/** Letters and digits in any script (with their combining marks): what a heading id keeps. */
const ANY_SCRIPT = /[^\p{L}\p{N}\p{M}]+/gu;
/** Latin letters and digits only: what an article's URL slug keeps (the schema's slug rule). */
const LATIN = /[^a-z0-9]+/g;

/** Lower case, Latin accents dropped, "&" as "and", each run of what `notKept` matches as one hyphen. */
function hyphenate(text: string, notKept: RegExp): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(notKept, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A URL fragment for a heading: its letters and digits in lower case, joined by single hyphens.
 * Latin accents are dropped ("Café" → "cafe"); other scripts are kept as written, so a heading
 * in any language gets an id ("Что такое архитектор?" → "что-такое-архитектор"). Empty when the
 * text has no letter or digit at all: the loader refuses such a heading.
 * "What is an AI systems architect?" → "what-is-an-ai-systems-architect".
 */
export const slugify = (text: string): string => hyphenate(text, ANY_SCRIPT);

/** An article's URL slug from its title: Latin letters and digits only ("Café 2026!" → "cafe-2026"); empty if none. */
export const urlSlug = (text: string): string => hyphenate(text, LATIN);
