/**
 * A URL fragment for a heading: lower case, ASCII letters and digits joined by single hyphens.
 * "What is an AI systems architect?" → "what-is-an-ai-systems-architect".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
