import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { resolveHref } from '@/lib/links';
import { slugify } from '@/lib/slug';
import { QuickAnswer } from './quick-answer';
import { textOf } from './text-of';

/** How MDX elements render. The ids and links here follow the same rules lib/content validates. */
const components = {
  QuickAnswer,
  h3: ({ children }: ComponentProps<'h3'>) => <h3 id={slugify(textOf(children))}>{children}</h3>,
  a: ({ href = '', children, ...rest }: ComponentProps<'a'>) => (
    <a href={resolveHref(href)} {...rest}>
      {children}
    </a>
  ),
  table: (props: ComponentProps<'table'>) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
  th: (props: ComponentProps<'th'>) => <th scope="col" {...props} />,
} satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
