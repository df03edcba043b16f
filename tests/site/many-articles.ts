import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Generated articles for the tests of a site at scale (added to `npm run test:site`'s build): written
// at test time under .tmp/, never committed. Small on purpose (one short section each), so the
// build's time goes to what grows with the site (pages, listings, covers), not to long text.

/** Tags drawn in overlapping pairs, so articles share one, two or none with each other. */
export const TOPICS = ['Agents', 'Inference', 'Guardrails', 'Observability', 'Evaluation', 'Retrieval', 'Cost'];
/** On every generated article: with more articles than a page holds, its tag page has pages of its own. */
export const EVERY = 'Scale Fixture';

const CONSONANTS = 'bcdfghjklmnpqrtvwxz';

/**
 * A made-up word found in article `i` only: a fixed stem and three consonants, so no word is a
 * prefix of another and an English stemmer leaves it whole.
 */
export function uniqueWord(i: number): string {
  const c = (n: number) => CONSONANTS[n % CONSONANTS.length];
  return `quorvan${c(Math.floor(i / 361))}${c(Math.floor(i / 19))}${c(i)}`;
}

/** The tags of article `i` (0-based): the shared one and two neighbouring topics. */
export const tagsOf = (i: number): string[] =>
  [EVERY, TOPICS[i % TOPICS.length]!, TOPICS[(i * 3 + 1) % TOPICS.length]!].filter((t, k, all) => all.indexOf(t) === k);

/** Writes `n` article folders under `dir` (scale-01 …), one day apart, the last the newest. */
export function writeManyArticles(dir: string, n: number): { slug: string; word: string; tags: string[] }[] {
  return Array.from({ length: n }, (_, i) => {
    const num = String(i + 1).padStart(2, '0');
    const slug = `scale-article-${num}`;
    const day = new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString().replace('.000Z', '+00:00');
    const tags = tagsOf(i);
    const word = uniqueWord(i);
    const folder = join(dir, `scale-${num}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'article.mdx'),
      [
        '---',
        `slug: ${slug}`,
        `headline: Generated article number ${num} on ${tags.slice(1).join(' and ')}`,
        `title: Generated article ${num} for the scale tests`,
        `description: A generated article, number ${num}, that exists only to test tags, paging, related reading and search.`,
        'author: mudassir-khan',
        `published: ${day}`,
        `updated: ${day}`,
        `tags: [${tags.join(', ')}]`,
        '---',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(folder, '01-body.mdx'),
      [
        '---',
        'eyebrow: Body',
        `title: What article ${num} says`,
        '---',
        '',
        `This generated article talks about ${tags.slice(1).join(' and ')} in a few plain sentences.`,
        '',
        `Its one word of its own is ${word}, which no other article uses.`,
        '',
      ].join('\n'),
    );
    return { slug, word, tags };
  });
}
