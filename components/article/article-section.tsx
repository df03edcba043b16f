import { HeadingLink } from '@/components/mdx/heading-link';
import { MdxBody } from '@/components/mdx/mdx-body';
import type { QuickAnswerLabel } from '@/components/mdx/quick-answer';
import type { Offer, Section } from '@/lib/content';
import type { Media } from '@/lib/media/media';

/**
 * One section: eyebrow, h2 (a link to itself) and the body, from the loader's tree. An article's
 * eyebrow is numbered ("Section 02 · Definition"); a page's (`numbered` false) is its topic alone.
 */
export function ArticleSection({
  section,
  media,
  numbered = true,
  sales,
  quickAnswer,
}: {
  section: Section;
  /** A quick answer's label in the page's language (MdxBody). */
  quickAnswer?: QuickAnswerLabel;
  media?: ReadonlyMap<string, Media>;
  numbered?: boolean;
  /** On a sales page: its offers, and subsections as cards (MdxBody). */
  sales?: { offers: readonly Offer[] };
}) {
  return (
    <section aria-labelledby={section.id} className="mt-section first:mt-0">
      <p className="eyebrow not-prose mb-2 text-sm font-semibold tracking-wide text-accent">
        {numbered ? section.eyebrow : section.topic}
      </p>
      {/* The scale's h2 (tailwind.config.ts): below the h1 at every width. */}
      <h2 id={section.id} className="mt-0 mb-3 sm:mb-6">
        <HeadingLink id={section.id}>{section.title}</HeadingLink>
      </h2>
      <MdxBody section={section} media={media} sales={sales} quickAnswer={quickAnswer} />
    </section>
  );
}
