import { Card } from '@/components/card';
import { caseStudiesPage, type CaseStudy } from '@/lib/content';
import { caseStudiesElsewhere, elsewhereUrl } from '@/lib/links';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { CASE_STUDIES, HOME } from '@/lib/trails';

/** The case studies: those built here, then those content/site.ts declares as served elsewhere. */
export function CaseStudiesList({ studies }: { studies: readonly CaseStudy[] }) {
  const elsewhere = caseStudiesElsewhere();
  const cards = [
    ...studies.map((s) => ({ href: s.path, title: s.headline, description: s.description })),
    ...elsewhere.map((e) => ({ href: elsewhereUrl(e.path), title: e.name, description: undefined })),
  ];
  return (
    <div className="max-w-3xl">
      <Breadcrumb trail={[HOME, CASE_STUDIES]} />
      <h1 className="text-h1 font-bold tracking-tight">{caseStudiesPage.headline}</h1>
      <p className="mt-3 text-lead text-muted">{caseStudiesPage.intro}</p>
      <ul className="mt-10 space-y-6">
        {cards.map(({ href, title, description }) => (
          <li key={href}>
            <Card href={href} title={title} as="h2">
              {description && <p className="mt-2 text-muted">{description}</p>}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
