import type { ComponentType } from 'react';
import { HeadingLink } from '@/components/mdx/heading-link';
import type { Section } from '@/lib/content';

/** One numbered section: eyebrow, h2 (a link to itself) and the MDX body. */
export function ArticleSection({ section, Body }: { section: Section; Body: ComponentType }) {
  return (
    <section aria-labelledby={section.id} className="mt-section first:mt-0">
      <p className="eyebrow not-prose mb-2 text-sm font-semibold tracking-wide text-accent">{section.eyebrow}</p>
      <h2 id={section.id} className="mt-0">
        <HeadingLink id={section.id}>{section.title}</HeadingLink>
      </h2>
      <Body />
    </section>
  );
}
