import { caseStudiesPage, type CaseStudy } from '@/lib/content';
import { caseStudyCards } from '@/lib/listing/case-studies';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { CASE_STUDIES, HOME } from '@/lib/trails';
import { ServicePanel } from '@/components/service-panel';
import { WithPanel } from '@/components/with-panel';

/**
 * The case studies (those built here, then those content/site.ts declares as served elsewhere),
 * as cards: the client, the title (the link), the summary and the headline figure; the offer
 * beside them from lg up.
 */
export function CaseStudiesList({ studies }: { studies: readonly CaseStudy[] }) {
  const cards = caseStudyCards(studies);
  return (
    <WithPanel panel={<ServicePanel />}>
      <div>
        <Breadcrumb trail={[HOME, CASE_STUDIES]} />
        <h1 className="text-h1 font-bold tracking-tight">{caseStudiesPage.headline}</h1>
        <p className="mt-3 text-lead text-muted">{caseStudiesPage.intro}</p>
      </div>
      <ul className="mt-10 grid gap-6">
        {cards.map(({ href, title, client, description, figure }) => (
          <li
            key={href}
            className="relative flex flex-col rounded-xl border border-line bg-raised p-6 hover:border-accent sm:p-8"
          >
            {client && <p className="text-sm font-semibold tracking-wide text-accent">{client}</p>}
            <h2 className="mt-2 text-h3 font-bold text-balance">
              {/* The whole card is the link's target area; its name is the title. */}
              <a href={href} className="after:absolute after:inset-0 hover:text-accent">
                {title}
              </a>
            </h2>
            {description && <p className="mt-3 text-muted">{description}</p>}
            {figure && (
              <p className="mt-auto flex flex-wrap items-baseline gap-x-3 pt-6">
                <span className="text-4xl font-bold tracking-tight text-accent">{figure.value}</span>
                <span className="font-semibold">{figure.label}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </WithPanel>
  );
}
