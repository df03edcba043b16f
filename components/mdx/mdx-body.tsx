import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import {
  Children,
  isValidElement,
  type ComponentProps,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { MdxComponentName, Section } from '@/lib/content';
import { sectionHast } from '@/lib/content/to-hast';
import { resolveHref } from '@/lib/links';
import { ArchitectureDiagram } from './architecture-diagram';
import { HeadingLink } from './heading-link';
import { QuickAnswer } from './quick-answer';
import { textOf } from './text-of';

/** Every component the content may use (lib/content/components.ts lists them): a missing one fails the type check. */
const MDX: Record<MdxComponentName, ComponentType<{ children?: ReactNode }>> = { QuickAnswer, ArchitectureDiagram };

/** The header cells' words, to name a table's scroll region. */
function headerText(children: ReactNode): string {
  const head = Children.toArray(children).find(
    (c): c is ReactElement<{ children?: ReactNode }> => isValidElement(c) && c.type === 'thead',
  );
  const row = Children.toArray(head?.props.children).find(isValidElement) as
    ReactElement<{ children?: ReactNode }> | undefined;
  return Children.toArray(row?.props.children)
    .map((cell) => textOf(cell).trim())
    .filter(Boolean)
    .join(', ');
}

/** GFM column alignment as a class: an inline style attribute would break the site's CSP. */
const ALIGN: Record<string, string> = { left: 'text-left', center: 'text-center', right: 'text-right' };
const aligned = ({ align, ...rest }: ComponentProps<'td'>) => ({
  ...rest,
  className: align ? ALIGN[align] : undefined,
});

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
  // A table scrolls in its own labelled, focusable region, so the page never scrolls sideways.
  table: ({ children, ...rest }: ComponentProps<'table'>) => (
    <section className="table-scroll" aria-label={`Table: ${headerText(children)}`} tabIndex={0}>
      <table {...rest}>{children}</table>
    </section>
  ),
  th: (props: ComponentProps<'th'>) => <th scope="col" {...aligned(props as ComponentProps<'td'>)} />,
  td: (props: ComponentProps<'td'>) => <td {...aligned(props)} />,
};

/** A section's body, rendered from the one tree the loader parsed. */
export function MdxBody({ section }: { section: Pick<Section, 'number' | 'tree'> }) {
  return toJsxRuntime(sectionHast(section), { Fragment, jsx, jsxs, components, tableCellAlignToStyle: false });
}
