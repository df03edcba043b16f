import type { ComponentType } from 'react';
import type { Section } from '@/lib/content';

/** One numbered section: eyebrow, h2 and the MDX body. */
export function ArticleSection({ section, Body }: { section: Section; Body: ComponentType }) {
  return (
    <section aria-labelledby={section.id} className="mt-14 first:mt-0">
      <p className="eyebrow mb-2 text-sm font-semibold text-accent">{section.eyebrow}</p>
      <h2 id={section.id} className="mt-0">
        {section.title}
      </h2>
      <Body />
    </section>
  );
}
