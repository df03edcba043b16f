import { site } from '@/content/site';
import { linkTo } from '@/lib/links';

/** The case-study figure the article states, as a figure a reader takes in at a glance. */
export function ProofCard() {
  const { proof } = site.home;
  return (
    <section aria-labelledby="proof-figure" className="rounded-2xl border border-line bg-raised p-6 sm:p-8">
      <p id="proof-figure" className="flex flex-wrap items-baseline gap-x-3">
        <span className="text-5xl font-bold tracking-tight text-accent sm:text-6xl">{proof.figure}</span>
        <span className="text-lg font-semibold">{proof.claim}</span>
      </p>
      <p className="mt-4 text-muted">{proof.context}</p>
      <p className="mt-5">
        <a href={linkTo(proof.link)} className="font-semibold text-accent underline underline-offset-4">
          {proof.linkText}
        </a>
      </p>
    </section>
  );
}
