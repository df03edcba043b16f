import type { Nodes, Root } from 'mdast';
import { phrasing } from 'mdast-util-phrasing';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Problem } from '../errors';
import { syntaxProblem } from './mdx-syntax';
import type { TreeCache } from './tree-cache';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter);

/** Parses an MDX file (frontmatter included) into the one tree every output is made from. Throws on bad syntax. */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}

/**
 * Parses an MDX file, turning a syntax error into a problem located at its line and column. Within
 * withTreeCache, a tree parsed before from the same text (by the same parser) is read back instead.
 */
export function readMdx(file: string, source: string): { tree?: Root; problems: Problem[] } {
  const kept = trees?.get(source);
  if (kept) return { tree: kept, problems: [] };
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    return { problems: [syntaxProblem(file, error, source)] };
  }
  // Kept as parsed, before a reader adds to it (heading ids).
  trees?.set(source, tree);
  return { tree, problems: [] };
}

let trees: TreeCache | undefined;

/** Runs `read` with readMdx keeping its trees in `cache` and reading them back from it. */
export function withTreeCache<T>(cache: TreeCache, read: () => T): T {
  const before = trees;
  trees = cache;
  try {
    return read();
  } finally {
    trees = before;
  }
}

/**
 * Within withTreeCache, keeps the trees of these texts through the cache's prune without reading
 * them: they were read this build, but what they are read into came from another cache (a whole
 * article kept between builds), and the next edit to one of their files still finds the others.
 */
export function keepTrees(sources: readonly string[]): void {
  for (const source of sources) trees?.keep(source);
}

/** Where the words are: an inline node, or a block whose children are all inline (a paragraph, a heading, a table cell). */
const holdsWords = (node: Nodes) =>
  phrasing(node) || ('children' in node && node.children.length > 0 && node.children.every(phrasing));

/**
 * The words a reader sees in a node: mdast-util-to-string of each paragraph, heading and table
 * cell, with a space between them, where toString alone would join them: "cost.</p><p>Next"
 * reads "cost. Next", not "cost.Next". Image alt text and code blocks are not words on the page
 * and are left out. Whitespace is collapsed.
 */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  for (const n of Array.isArray(node) ? node : [node])
    visit(n as Nodes, (child) => {
      if (!holdsWords(child as Nodes)) return;
      parts.push(toString(child, { includeImageAlt: false, includeHtml: false }));
      return SKIP;
    });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Number of words in a text: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$–-]*/gu)?.length ?? 0;
}

/** A node of a tree, as far as holdsComponent looks: its type, a component's name, its children. */
interface TreeNode {
  type: string;
  name?: string | null;
  children?: readonly unknown[];
}

/** True when the tree under `node` (itself included) holds the MDX component `name` (<Contact />). */
export const holdsComponent = (node: TreeNode, name: string): boolean =>
  (node.type === 'mdxJsxFlowElement' && node.name === name) ||
  (node.children ?? []).some((child) => holdsComponent(child as TreeNode, name));

/** The line a node starts on in its file (1 when the parser gave it no position). */
export const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
