import './sales.css';
import type { ReactNode } from 'react';
import { ArticleSection } from '@/components/article/article-section';
import { shownSections } from '@/lib/contact';
import type { Offer, Section } from '@/lib/content';
import type { Media } from '@/lib/media';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { WithPanel } from '@/components/with-panel';
import type { Crumb } from '@/lib/trails';

/** A page made of content sections (a service page, the about page, a case study): h1, lead, sections. */
export function PageBody({
  trail,
  kind,
  kicker,
  headline,
  lead,
  sections,
  media,
  children,
  panel,
  sales,
}: {
  /** Where the page sits: the visible breadcrumb, the same trail as its BreadcrumbList JSON-LD. */
  trail: readonly Crumb[];
  /** What search results call it ("Services", "About", "Case study"): the page is indexed with its sections. */
  kind: string;
  /** A short line above the h1 (a case study's client). */
  kicker?: string;
  headline: string;
  lead: string;
  sections: readonly Section[];
  /** The folder's optimized images, by file name (Page.media, CaseStudy.media). */
  media: ReadonlyMap<string, Media>;
  /** What the route adds after the header (a case study's figures). */
  children?: ReactNode;
  /** A side panel beside the sections from lg up, after them on a phone (the offer and the call to action). */
  panel?: ReactNode;
  /** A sales page (a service page): its offers as price cards, its subsections as cards, its steps numbered. */
  sales?: { offers: readonly Offer[] };
}) {
  const body = (
    // Indexed for search whole (headline, lead, sections), labelled by its kind.
    <article className="max-w-3xl min-w-0" data-pagefind-body="" data-pagefind-meta={`kind:${kind}`}>
      <header id="top" className="mb-10">
        <Breadcrumb trail={trail} />
        {kicker && <p className="text-sm font-semibold tracking-wide text-accent">{kicker}</p>}
        <h1 className="mt-2 text-h1 font-bold tracking-tight text-balance" data-pagefind-meta="title">
          {headline}
        </h1>
        <p className="mt-4 text-lead text-muted">{lead}</p>
        {children}
      </header>
      <div className={sales ? 'sales prose max-w-none' : 'prose max-w-measure'}>
        {shownSections(sections).map((section) => (
          <ArticleSection key={section.id} section={section} media={media} numbered={false} sales={sales} />
        ))}
      </div>
    </article>
  );
  return <WithPanel panel={panel}>{body}</WithPanel>;
}
