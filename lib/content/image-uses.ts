import type { RootContent } from 'mdast';
import { stringAttributes } from './components';
import { lineOf, walk } from './markdown';

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
export function imageUses(nodes: readonly RootContent[]): ImageUse[] {
  const uses: ImageUse[] = [];
  walk(nodes, (node) => {
    if (node.type === 'image') uses.push({ url: node.url, alt: node.alt ?? '', line: lineOf(node), figure: false });
    else if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      const { src = '', alt } = stringAttributes(node);
      uses.push({ url: src, alt, line: lineOf(node), figure: true });
    }
  });
  return uses;
}
