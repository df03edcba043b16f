import { site } from '@/content/site';
import { caseStudyPath, type CaseStudy } from '@/lib/content';

/** The case studies: those built here, then those content/site.ts declares as served elsewhere. */
export function CaseStudiesList({ studies }: { studies: readonly CaseStudy[] }) {
  const elsewhere = site.elsewhere.filter((e) => e.path.startsWith(caseStudyPath('')));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Case studies</h1>
      <p className="mt-3 text-lg text-muted">Production AI systems, from architecture document to measured outcome.</p>
      <ul className="mt-10 space-y-6">
        {studies.map((s) => (
          <li key={s.slug} className="rounded-lg border border-line p-5 hover:border-accent">
            <h2 className="text-lg leading-snug font-semibold">
              <a href={s.path} className="hover:text-accent">
                {s.headline}
              </a>
            </h2>
            <p className="mt-2 text-muted">{s.description}</p>
          </li>
        ))}
        {elsewhere.map((e) => (
          <li key={e.path} className="rounded-lg border border-line p-5 hover:border-accent">
            <h2 className="text-lg leading-snug font-semibold">
              <a href={e.path} className="hover:text-accent">
                {e.name}
              </a>
            </h2>
          </li>
        ))}
      </ul>
    </div>
  );
}
