import { linkTo } from '@/lib/links';
import { callToAction } from '@/lib/navigation';
import { PRIMARY_BUTTON } from '@/components/button';

/** The end of the article: one step to working with the author. */
export function ArticleCta({ authorName }: { authorName: string }) {
  const cta = callToAction();
  return (
    <section
      aria-labelledby="cta-title"
      className="no-print mt-section rounded-xl border border-line bg-raised p-6 sm:p-8"
    >
      <h2 id="cta-title" className="text-h2 font-bold">
        Need an AI systems architect?
      </h2>
      <p className="mt-3 text-muted">
        {authorName} designs production AI systems for product teams, as a fractional architect, on a fixed-scope
        project, or through an architecture audit: from the first architecture document to production handoff.
      </p>
      <ul className="mt-5 flex flex-wrap gap-3">
        <li className="flex">
          <a href={cta.href} className={PRIMARY_BUTTON}>
            {cta.contact ? `Work with ${authorName.split(' ')[0]}` : cta.text}
          </a>
        </li>
        <li className="flex">
          <a
            href={linkTo('nebuladesk')}
            className="rounded-md border border-line px-5 py-3 font-semibold no-underline hover:border-accent"
          >
            Read the NebulaDesk case study
          </a>
        </li>
      </ul>
    </section>
  );
}
