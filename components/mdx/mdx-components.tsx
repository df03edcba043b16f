import type { MDXComponents } from 'mdx/types';
import { Children, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { resolveHref } from '@/lib/links';
import { slugify } from '@/lib/slug';
import { ArchitectureDiagram } from './architecture-diagram';
import { HeadingLink } from './heading-link';
import { QuickAnswer } from './quick-answer';
import { textOf } from './text-of';

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

/** How MDX elements render. Heading ids and links follow the same rules lib/content validates. */
const components = {
  QuickAnswer,
  ArchitectureDiagram,
  h3: ({ children }: ComponentProps<'h3'>) => {
    const id = slugify(textOf(children));
    return (
      <h3 id={id}>
        <HeadingLink id={id}>{children}</HeadingLink>
      </h3>
    );
  },
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
  th: (props: ComponentProps<'th'>) => <th scope="col" {...props} />,
  // The first cell of a body row heads that row.
  tr: ({ children, ...rest }: ComponentProps<'tr'>) => (
    <tr {...rest}>
      {Children.toArray(children).map((cell, i) =>
        i === 0 && isValidElement<ComponentProps<'td'>>(cell) && cell.type === 'td' ? (
          <th key={cell.key} scope="row" {...cell.props} />
        ) : (
          cell
        ),
      )}
    </tr>
  ),
} satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
