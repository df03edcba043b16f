import './sales.css';
import type { ReactNode } from 'react';
import { ArticleSection } from '@/components/article/article-section';
import { shownSections } from '@/lib/contact';
import { holdsComponent } from '@/lib/content/parse/markdown';
import type { Offer, Section } from '@/lib/content';
import type { Media } from '@/lib/media/media';
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
  portrait,
  proof,
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
  /** Beside the headline (the about page's portrait, components/trust/portrait.tsx); may render nothing. */
  portrait?: ReactNode;
  /**
   * What the route adds to the sections (work history, testimonials, clients: components/trust/),
   * just before the section holding <Contact /> when the page shows one, else after the last.
   */
  proof?: ReactNode;
}) {
  const shown = shownSections(sections);
  const contactAt = shown.findIndex((s) => holdsComponent(s.tree, 'Contact'));
  const split = contactAt < 0 ? shown.length : contactAt;
  const prose = (part: readonly Section[]) =>
    part.length > 0 && (
      <div className={sales ? 'sales prose max-w-none' : 'prose max-w-measure'}>
        {part.map((section) => (
          <ArticleSection key={section.id} section={section} media={media} numbered={false} sales={sales} />
        ))}
      </div>
    );
  const body = (
    // Indexed for search whole (headline, lead, sections), labelled by its kind.
    <article className="max-w-3xl min-w-0" data-pagefind-body="" data-pagefind-meta={`kind:${kind}`}>
      {/* flow-root: the header holds the floated portrait, however short the lead beside it. */}
      <header id="top" className="mb-10 flow-root">
        <Breadcrumb trail={trail} />
        {/* Above the h1 on a phone, beside it from sm up. */}
        {portrait && <div className="mb-6 sm:float-right sm:mb-4 sm:ml-10">{portrait}</div>}
        {kicker && <p className="text-sm font-semibold tracking-wide text-accent">{kicker}</p>}
        <h1 className="mt-2 text-h1 font-bold tracking-tight text-balance" data-pagefind-meta="title">
          {headline}
        </h1>
        <p className="mt-4 text-lead text-muted">{lead}</p>
        {children}
      </header>
      {prose(shown.slice(0, split))}
      {proof}
      {split < shown.length && <div className="mt-section">{prose(shown.slice(split))}</div>}
    </article>
  );
  return <WithPanel panel={panel}>{body}</WithPanel>;
}
