import { site } from '@/content/site';
import { linkTo } from '@/lib/links';
import type { Author } from '@/lib/content';
import { ProofCard } from './proof-card';
import { PRIMARY_BUTTON } from '@/components/button';

/**
 * Who he is and for whom, in the first screen of a phone: job title, name, the promise (the
 * site's description), who it is for, and the two calls to action. From lg up the case-study
 * figure stands beside it, so a desktop screen is used across its width.
 */
export function Hero({ owner }: { owner: Pick<Author, 'name' | 'jobTitle'> }) {
  const { home } = site;
  return (
    <section
      aria-labelledby="hero-title"
      className="grid items-center gap-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:gap-16"
    >
      <div>
        <p className="text-sm font-semibold tracking-wide text-accent">{owner.jobTitle}</p>
        <h1 id="hero-title" className="mt-2 text-display font-bold tracking-tight">
          {owner.name}
        </h1>
        <p className="mt-4 text-lead text-balance">{site.description}</p>
        <p className="mt-3 text-muted">{home.audience}</p>
        <ul className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <li>
            <a href={linkTo('aiSystemsArchitecture')} className={PRIMARY_BUTTON}>
              {home.cta}
            </a>
          </li>
          <li>
            <a href="#writing" className="font-semibold text-accent underline underline-offset-4">
              {home.readCta}
            </a>
          </li>
        </ul>
      </div>
      <ProofCard />
    </section>
  );
}
