import { site } from '@/content/site';
import { caseStudyCards } from '@/lib/listing/case-studies';
import { loadCaseStudies } from '@/lib/content';
import { linkTo } from '@/lib/links';

/**
 * The proof beside the hero: the case study content/site.ts `home.proof` names, led by its
 * headline figure (the case study's own, lib/listing/case-studies.ts), as a reader takes it in at a glance.
 */
export function ProofCard() {
  const { proof } = site.home;
  const href = linkTo(proof.link);
  const figure = caseStudyCards(loadCaseStudies().filter((s) => !s.draft)).find((c) => c.href === href)?.figure;
  return (
    <section aria-labelledby="proof-figure" className="rounded-2xl border border-line bg-raised p-6 sm:p-8">
      <p id="proof-figure" className="flex flex-wrap items-baseline gap-x-3">
        {figure ? (
          <>
            <span className="text-5xl font-bold tracking-tight text-accent sm:text-6xl">{figure.value}</span>
            <span className="text-lg font-semibold">{figure.label}</span>
          </>
        ) : (
          <span className="text-lg font-semibold">Case study</span>
        )}
      </p>
      <p className="mt-4 text-muted">{proof.context}</p>
      <p className="mt-5">
        <a href={href} className="font-semibold text-accent underline underline-offset-4">
          {proof.linkText}
        </a>
      </p>
    </section>
  );
}
