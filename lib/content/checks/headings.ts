import type { Problem } from '../errors';
import { visit } from 'unist-util-visit';
import { lineOf, plainText } from '../parse/markdown';
import { type SectionInput } from './rule';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * Heading levels go down one step at a time: the section's title is its h2, so the body may open
 * with ###, #### only under a ###, and so on. (# and ## in a body are the loader's to reject.)
 */
export function headingOrder({ file, section }: SectionInput): Problem[] {
  const problems: Problem[] = [];
  let previous = 2;
  visit(section.tree, 'heading', (node) => {
    if (node.depth < 3) return;
    if (node.depth > previous + 1) {
      const after = previous === 2 ? 'the section title (level 2)' : `a level-${previous} heading`;
      const fix = hashes(previous + 1);
      problems.push({
        file,
        line: lineOf(node),
        message: `a level-${node.depth} heading ("${plainText(node)}") right after ${after} skips a level, which breaks the page's outline. Fix: make it ${fix}, or add a ${fix} heading above it.`,
      });
    }
    previous = node.depth;
  });
  return problems;
}
