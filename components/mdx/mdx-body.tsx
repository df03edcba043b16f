import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { MdxComponentName, Offer, Section } from '@/lib/content';
import type { MdxComponentProps } from '@/lib/content/parse/components';
import { sectionHast, sectionIdPrefix } from '@/lib/content/parse/to-hast';
import { resolveHref } from '@/lib/links';
import type { Media } from '@/lib/media/media';
import { ArchitectureDiagram } from './architecture-diagram';
import { Figure } from './figure';
import { Contact } from './contact';
import { HeadingLink } from './heading-link';
import { QuickAnswer, type QuickAnswerLabel } from './quick-answer';
import { finishTables } from './tables';
import { cardSubsections } from './subsections';
import { OfferCards } from '@/components/page/offer-cards';

/** Every component the content may use (lib/content/parse/components.ts lists them): a missing one fails the type check. */
const MDX: { [K in MdxComponentName]: ComponentType<MdxComponentProps<K> & { children?: ReactNode }> } = {
  QuickAnswer,
  ArchitectureDiagram,
  Figure,
  // The offers table renders as the table it is; the loader reads its rows as the Service's offers.
  Offers: ({ children }) => <>{children}</>,
  Contact,
};

/** How the elements of a section render. Ids come from the loader's tree, never from the words again. */
const components: Partial<Components> = {
  ...MDX,
  h3: ({ id, children, ...rest }: ComponentProps<'h3'>) => (
    <h3 id={id} {...rest}>
      {id ? <HeadingLink id={id}>{children}</HeadingLink> : children}
    </h3>
  ),
  a: ({ href = '', children, ...rest }: ComponentProps<'a'>) => (
    <a href={resolveHref(href)} {...rest}>
      {children}
    </a>
  ),
};

/**
 * A section's body, rendered from the one tree the loader parsed. Tables are finished (scopes,
 * row headers, column labels, alignment classes, caption, scroll region) by finishTables
 * (components/mdx/tables.ts), the one place that touches them.
 */
export function MdxBody({
  section,
  media,
  sales,
  quickAnswer,
}: {
  section: Pick<Section, 'number' | 'title' | 'tree'>;
  /** The label of a quick answer in the page's language (lib/interface-words); English when not given. */
  quickAnswer?: QuickAnswerLabel;
  /** The article's optimized images (Article.media), by file name. */
  media?: ReadonlyMap<string, Media>;
  /**
   * A sales page (a service page): its subsections as cards (cardSubsections) and its <Offers>
   * as price cards, from the offers the loader read out of that table.
   */
  sales?: { offers: readonly Offer[] };
}) {
  const idPrefix = sectionIdPrefix(section.number);
  const tree = finishTables(sectionHast(section, media), { heading: section.title, idPrefix });
  const worded: Partial<Components> = quickAnswer
    ? {
        ...components,
        QuickAnswer: (props: ComponentProps<typeof QuickAnswer>) => <QuickAnswer {...props} label={quickAnswer} />,
      }
    : components;
  if (!sales) return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: worded, tableCellAlignToStyle: false });
  return toJsxRuntime(cardSubsections(tree), {
    Fragment,
    jsx,
    jsxs,
    components: { ...worded, Offers: () => <OfferCards offers={sales.offers} /> },
    tableCellAlignToStyle: false,
  });
}
