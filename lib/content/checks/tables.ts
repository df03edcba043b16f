import type { Problem } from '../errors';
import { visit } from 'unist-util-visit';
import { lineOf } from '../parse/markdown';
import { type SectionInput } from './rule';

/**
 * The number of cells in one table row as typed: the row is split at each | that is not written
 * \| (GFM splits inside `code` too), and a leading and a trailing | do not open a cell.
 */
export function countCells(row: string): number {
  const bare = row.trim().replace(/\\[\\|]/g, 'x');
  const pipes = bare.split('|').length - 1;
  const outer = (bare.startsWith('|') ? 1 : 0) + (bare.length > 1 && bare.endsWith('|') ? 1 : 0);
  return pipes + 1 - outer;
}

const cells = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
const theCells = (n: number, which: string) => (n === 1 ? `the ${which} cell` : `the ${n} ${which} cells`);

/**
 * Every row of a GFM table has as many cells as its header. The page pads a short row with empty
 * cells and drops a long row's extra ones without a word, so the row is counted from the source.
 */
export function tableRows({ file, source, section }: SectionInput): Problem[] {
  const problems: Problem[] = [];
  visit(section.tree, 'table', (node) => {
    const [header, ...rows] = node.children.map((row) => ({
      line: lineOf(row),
      count: countCells(source.slice(row.position?.start.offset, row.position?.end.offset)),
    }));
    if (!header) return;
    for (const { line, count } of rows) {
      if (count === header.count) continue;
      const fix =
        count < header.count
          ? `add ${theCells(header.count - count, 'missing')} (an empty cell is written | |)`
          : `remove ${theCells(count - header.count, 'extra')} or add a column to the header; a | inside a cell, even in \`code\`, is written \\|`;
      problems.push({
        file,
        line,
        message: `this table row has ${cells(count)} but the header row has ${cells(header.count)}, and the page would silently ${count < header.count ? 'fill the gap with empty cells' : 'drop the cells that do not fit'}. Fix: ${fix}.`,
      });
    }
  });
  return problems;
}
