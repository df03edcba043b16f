import type { ReactNode } from 'react';
import { ArticleSection } from '@/components/article/article-section';
import type { Section } from '@/lib/content';
import type { Media } from '@/lib/media';

/** A page made of content sections (a service page, the about page, a case study): h1, lead, sections. */
export function PageBody({
  kicker,
  headline,
  lead,
  sections,
  media,
  children,
}: {
  /** A short line above the h1 (a case study's client). */
  kicker?: string;
  headline: string;
  lead: string;
  sections: readonly Section[];
  /** The folder's optimized images, by file name (Page.media, CaseStudy.media). */
  media: ReadonlyMap<string, Media>;
  /** What the route adds after the header (a case study's figures). */
  children?: ReactNode;
}) {
  return (
    <article className="max-w-3xl">
      <header id="top" className="mb-10">
        {kicker && <p className="text-sm font-semibold tracking-wide text-accent">{kicker}</p>}
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{headline}</h1>
        <p className="mt-4 text-lg text-muted">{lead}</p>
        {children}
      </header>
      <div className="prose max-w-measure">
        {sections.map((section) => (
          <ArticleSection key={section.id} section={section} media={media} />
        ))}
      </div>
    </article>
  );
}
