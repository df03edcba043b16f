import { ArticleCta } from '@/components/article/article-cta';
import type { CaseStudy } from '@/lib/content';
import { PageBody } from './page-body';
import { caseStudyTrail } from '@/lib/trails';

/** A case study: client, headline, lead, the outcome's measured figures, then its sections. */
export function CaseStudyView({ study }: { study: CaseStudy }) {
  return (
    <>
      {study.draft && (
        <p role="note" className="mb-6 rounded-md border border-accent bg-accent-soft px-4 py-2 text-sm font-semibold">
          Draft: shown by npm run dev only; the production build leaves it out.
        </p>
      )}
      <PageBody
        trail={caseStudyTrail(study)}
        kind="Case study"
        kicker={`Case study · ${study.client}`}
        headline={study.headline}
        lead={study.description}
        sections={study.sections}
        media={study.media}
      >
        <dl className="mt-6 grid gap-4 sm:grid-cols-3">
          {study.figures.map((f) => (
            <div key={f.label} className="flex flex-col-reverse justify-end rounded-lg border border-line p-4">
              <dt className="mt-1 text-sm text-muted">{f.label}</dt>
              <dd className="text-2xl font-bold text-accent">{f.value}</dd>
            </div>
          ))}
        </dl>
      </PageBody>
      <div className="max-w-3xl">
        <ArticleCta authorName={study.author.name} />
      </div>
    </>
  );
}
