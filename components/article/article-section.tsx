import { HeadingLink } from '@/components/mdx/heading-link';
import { MdxBody } from '@/components/mdx/mdx-body';
import type { Section } from '@/lib/content';
import type { Media } from '@/lib/media';

/** One numbered section: eyebrow, h2 (a link to itself) and the body, from the loader's tree. */
export function ArticleSection({ section, media }: { section: Section; media?: ReadonlyMap<string, Media> }) {
  return (
    <section aria-labelledby={section.id} className="mt-section first:mt-0">
      <p className="eyebrow not-prose mb-2 text-sm font-semibold tracking-wide text-accent">{section.eyebrow}</p>
      {/* Smaller on a phone (never above the h1), prose's own size from sm up. */}
      <h2 id={section.id} className="mt-0 mb-3 text-[1.2rem] leading-snug sm:mb-6 sm:text-2xl">
        <HeadingLink id={section.id}>{section.title}</HeadingLink>
      </h2>
      <MdxBody section={section} media={media} />
    </section>
  );
}
