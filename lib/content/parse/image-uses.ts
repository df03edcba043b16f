import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { stringAttributes } from './components';
import { lineOf } from './markdown';

/** One image in a section's text: a Markdown image or a <Figure>, as written. */
export interface ImageUse {
  url: string;
  /** The alt text as written; undefined when a <Figure> has no alt attribute. */
  alt: string | undefined;
  line: number;
  /** True for <Figure src alt caption />. */
  figure: boolean;
}

/** Every image of a section body, in document order. */
export function imageUses(tree: Root): ImageUse[] {
  const uses: ImageUse[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') uses.push({ url: node.url, alt: node.alt ?? '', line: lineOf(node), figure: false });
    else if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      const { src = '', alt } = stringAttributes(node);
      uses.push({ url: src, alt, line: lineOf(node), figure: true });
    }
  });
  return uses;
}
