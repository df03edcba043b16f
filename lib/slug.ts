/**
 * A URL fragment for a heading: its letters and digits in lower case, joined by single hyphens.
 * Latin accents are dropped ("Café" → "cafe"); other scripts are kept as written, so a heading
 * in any language gets an id ("Что такое архитектор?" → "что-такое-архитектор"). Empty when the
 * text has no letter or digit at all: the loader refuses such a heading.
 * "What is an AI systems architect?" → "what-is-an-ai-systems-architect".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
