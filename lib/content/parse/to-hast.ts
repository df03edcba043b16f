import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Image, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { localImageName, SIZES, type Media } from '@/lib/media/media';
import { stringAttributes } from './components';
import type { Section } from './section';

/** The prefix of the ids the renderer makes inside a section (footnotes, table captions): s01-, s02-… */
export const sectionIdPrefix = (number: number) => `s${String(number).padStart(2, '0')}-`;

/**
 * A section's body as an HTML tree (hast), made from the loader's own mdast: the ids the loader
 * gave its headings are the ids on the page. MDX components stay elements named after the
 * component (<QuickAnswer>), which components/mdx renders. Footnote ids are prefixed with the
 * section's number, so two sections' notes never share an id.
 */
export function sectionHast(
  section: Pick<Section, 'number' | 'tree'>,
  media: ReadonlyMap<string, Media> = new Map(),
): HastRoot {
  const prefix = sectionIdPrefix(section.number);
  // The first image of the first section is in the first screen: fetched at once, not lazily.
  let firstScreen = section.number === 1;
  const picture = (url: string, alt: string) => {
    const name = localImageName(url);
    const found = name === undefined ? undefined : media.get(name);
    if (!found) return undefined;
    const eager = firstScreen;
    firstScreen = false;
    return pictureHast(found, alt, eager);
  };
  const tree = toHast(section.tree as Root, {
    clobberPrefix: prefix,
    // A label, not a heading: the section's outline (and its table of contents) is the author's.
    footnoteLabel: 'Notes',
    footnoteLabelTagName: 'p',
    footnoteLabelProperties: { className: ['footnotes-label'] },
    handlers: {
      mdxJsxFlowElement: (state: State, node: MdxJsxFlowElement) => {
        if (node.name !== 'Figure') return component(state, node);
        const { src = '', alt = '', caption } = stringAttributes(node);
        const children: ElementContent[] = [picture(src, alt) ?? plainImage(src, alt)];
        if (caption)
          children.push({
            type: 'element',
            tagName: 'figcaption',
            properties: {},
            children: [{ type: 'text', value: caption }],
          });
        return { type: 'element', tagName: 'Figure', properties: {}, children };
      },
      image: (state: State, node: Image) => picture(node.url, node.alt ?? '') ?? defaultHandlers.image(state, node),
    },
  });
  const root: HastRoot = tree.type === 'root' ? tree : { type: 'root', children: [tree as Element] };
  prefixFootnoteLabel(root, prefix);
  return root;
}

const LABEL = 'footnote-label';

/**
 * The footnotes' label, which the converter always calls #footnote-label, gets the section's
 * prefix like every other footnote id. (Tables are finished in one place, components/mdx/tables.ts.)
 */
function prefixFootnoteLabel(root: HastRoot, prefix: string): void {
  visit(root, 'element', ({ properties: props }) => {
    if (props.id === LABEL) props.id = `${prefix}${LABEL}`;
    if (Array.isArray(props.ariaDescribedBy))
      props.ariaDescribedBy = props.ariaDescribedBy.map((id) => (id === LABEL ? `${prefix}${LABEL}` : id));
  });
}

/**
 * <Name>…</Name> in MDX → an element named Name, with the props the loader read for it (a quick
 * answer's lead); the loader has already refused attributes.
 */
function component(state: State, node: MdxJsxFlowElement): Element {
  return {
    type: 'element',
    tagName: node.name ?? 'div',
    properties: { ...node.data?.hProperties },
    children: state.all(node) as Element['children'],
  };
}

/** An image the loader did not optimize (a /public path): shipped as written. */
const plainImage = (src: string, alt: string): Element => ({
  type: 'element',
  tagName: 'img',
  properties: { src, alt },
  children: [],
});

/**
 * An optimized image: AVIF and WebP sources, then the JPEG or PNG fallback in <img>, which also
 * carries the size (no layout shift) and how to load it. Out of the first screen an image is
 * fetched only when the reader nears it and decoded off the main thread; in it, at once and first.
 */
export function pictureHast(media: Media, alt: string, eager: boolean): Element {
  const sources: Element[] = media.sources.map(({ type, srcset }) => ({
    type: 'element',
    tagName: 'source',
    properties: { type, srcSet: srcset, sizes: SIZES },
    children: [],
  }));
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: {
      src: media.img.src,
      srcSet: media.img.srcset,
      sizes: SIZES,
      alt,
      width: media.width,
      height: media.height,
      ...(eager ? { fetchPriority: 'high' } : { loading: 'lazy' }),
      decoding: 'async',
    },
    children: [],
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: [...sources, img] };
}
