import type { Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Problem } from './errors';
import { syntaxProblem } from './mdx-syntax';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter);

/** Parses an MDX file (frontmatter included) into the one tree every output is made from. Throws on bad syntax. */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}

/** Parses an MDX file, turning a syntax error into a problem located at its line and column. */
export function readMdx(file: string, source: string): { tree?: Root; problems: Problem[] } {
  try {
    return { tree: parser.parse(source), problems: [] };
  } catch (error) {
    return { problems: [syntaxProblem(file, error, source)] };
  }
}

const INLINE = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/**
 * The words a reader sees in a node, with blocks and cells separated by a space, so
 * "cost.</p><p>Next" reads "cost. Next". Whitespace is collapsed.
 */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    else if ('children' in n) {
      for (const child of n.children) visit(child as Nodes);
      if (!INLINE.has(n.type)) parts.push(' ');
    }
  };
  for (const n of Array.isArray(node) ? node : [node]) {
    visit(n as Nodes);
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Number of words in a text: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$–-]*/gu)?.length ?? 0;
}

/** Calls `visit` on every node, depth first in document order (a parent before its children). */
export function walk(nodes: readonly RootContent[], visit: (node: RootContent) => void): void {
  for (const node of nodes) {
    visit(node);
    if ('children' in node) walk(node.children as RootContent[], visit);
  }
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
