import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The article's source text (a copy of shared/seed): every line must reach the page word for word. */
export const seedLines = readFileSync(join(import.meta.dirname, 'ai-systems-architect.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const isTableLine = (l: string) => l.startsWith('|');
const cells = (l: string) =>
  l
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** The seed's lines of prose (everything but table rows). */
export const seedProse = seedLines.filter((l) => !isTableLine(l));

/** The seed's tables, each as a header row and body rows of cell texts. */
export const seedTables: { header: string[]; rows: string[][] }[] = [];
seedLines.forEach((l, i) => {
  if (!isTableLine(l) || /^\|[-| :]+\|$/.test(l)) return;
  if (!isTableLine(seedLines[i - 1] ?? '')) seedTables.push({ header: cells(l), rows: [] });
  else seedTables.at(-1)!.rows.push(cells(l));
});

/** "Section 01 · Definition" lines, and the heading that follows each. */
export const seedSections = seedLines.flatMap((l, i) =>
  /^Section \d\d · /.test(l) ? [{ eyebrow: l, title: seedLines[i + 1]! }] : [],
);

/** Whitespace collapsed, so text from different elements compares equal. */
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
