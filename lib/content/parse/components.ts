import type { Blockquote, Paragraph, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { architectureDiagram, diagramDescription } from '@/lib/art/diagram';
import { contactChannels, type ContactChannel } from '@/lib/contact';
import { plainText } from './markdown';

/**
 * What an MDX component is, for every reader of the content: the loader (what an author may
 * write), the page (components/mdx renders each name; its map is typed against this list) and the
 * Markdown twin (how it reads as plain Markdown). Adding a component starts here.
 */
export interface MdxComponentSpec {
  /** How an author writes it, quoted in error messages. */
  usage: string;
  /** True when it wraps Markdown (<X>…</X>); false for an element with nothing inside (<X />). */
  children: boolean;
  /** Its plain-Markdown form in the twin, given its children already converted. */
  twin: (node: MdxJsxFlowElement, children: RootContent[]) => RootContent[];
  /**
   * The attributes it takes, each a plain "quoted" value, with what it is for. Any other
   * attribute, and any {expression} value, is refused. None when absent.
   */
  attributes?: Readonly<Record<string, string>>;
  /**
   * What the loader reads out of the component once, for the page: its props besides children
   * (components/mdx renders them, and never reads its children's words again).
   */
  props?: (node: MdxJsxFlowElement) => Record<string, string>;
}

const text = (value: string) => ({ type: 'text', value }) as const;

export const MDX_COMPONENTS = {
  QuickAnswer: {
    usage: '<QuickAnswer> and </QuickAnswer> each on a line of their own around a "**Lead:** answer" paragraph',
    children: true,
    // The lead ("In one sentence" of "**In one sentence:** …") names the callout.
    props: (node) => ({ lead: plainText(node).split(':')[0]!.trim() }),
    twin: (_node, children) => {
      const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [text('Quick answer')] }] };
      return [{ type: 'blockquote', children: [label, ...(children as Blockquote['children'])] }];
    },
  },
  ArchitectureDiagram: {
    usage: '<ArchitectureDiagram /> on a line of its own',
    children: false,
    twin: () => [
      {
        type: 'paragraph',
        children: [
          { type: 'emphasis', children: [text(`Diagram: ${architectureDiagram.title}.`)] },
          text(` ${diagramDescription()}`),
        ],
      },
    ],
  },
  Figure: {
    usage:
      '<Figure src="./diagram.png" alt="what it shows" caption="what to notice" /> on a line of its own, the image in the same folder',
    children: false,
    attributes: {
      src: 'the image, in the same folder as the text: ./name.png',
      alt: 'what the image shows, for screen readers and search engines',
      caption: 'the caption shown below the image (optional)',
    },
    // The twin carries the image (its URL made absolute by the twin) and the caption below it.
    twin: (node) => {
      const { src = '', alt = '', caption } = stringAttributes(node);
      const image = { type: 'image', url: src, alt } as const;
      return [
        { type: 'paragraph', children: [image] },
        ...(caption
          ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text(caption)] }] } as Paragraph]
          : []),
      ];
    },
  },
  Offers: {
    usage:
      '<Offers> and </Offers> each on a line of their own around one table (offer name, description, price), on a service page',
    children: true,
    // The table is the offers: the twin keeps it as it is.
    twin: (_node, children) => children,
  },
  Contact: {
    usage: '<Contact /> on a line of its own',
    children: false,
    twin: () => contactTwin(contactChannels()),
  },
} as const satisfies Record<string, MdxComponentSpec>;

/** The plain "quoted" attributes of a component as written ({expressions} left out: the loader refuses them). */
export function stringAttributes(node: MdxJsxFlowElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[a.name] = a.value;
  return out;
}

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The props the loader reads for component `K` (its spec's `props`), besides children. */
export type MdxComponentProps<K extends MdxComponentName> = (typeof MDX_COMPONENTS)[K] extends {
  props: (node: MdxJsxFlowElement) => infer P;
}
  ? P
  : object;

/** The names an author may use, in the order they are listed above. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

export const isMdxComponent = (name: string | null | undefined): name is MdxComponentName =>
  !!name && Object.hasOwn(MDX_COMPONENTS, name);

/**
 * <Contact /> in the Markdown twin: a list of the channels, nothing while there is none. The form
 * cannot be in Markdown, so its line says where the page's form posts, with the link.
 */
export function contactTwin(channels: readonly ContactChannel[]): RootContent[] {
  if (channels.length === 0) return [];
  return [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: channels.map((c) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: c.form
              ? [
                  text(`${c.label}: the page's form posts a name, email and message to `),
                  { type: 'link', url: c.form, children: [text(c.form)] },
                ]
              : [text(`${c.label}: `), { type: 'link', url: c.href, children: [text(c.text)] }],
          },
        ],
      })),
    },
  ];
}
