import { site } from '@/content/site';
import { linkTo } from '@/lib/links';

/** The ways to work together (content/site.ts `engagements`), each leading to its page. */
export function Engagements() {
  return (
    <section aria-labelledby="engagements" className="mt-section">
      <h2 id="engagements" className="text-h2 font-bold tracking-tight">
        {site.home.engagementsTitle}
      </h2>
      <ul className="mt-6 grid gap-4 lg:grid-cols-3">
        {site.engagements.map((e) => (
          <li key={e.name} className="relative rounded-lg border border-line bg-raised p-6 hover:border-accent">
            <h3 className="text-h3 font-semibold">
              {/* The whole card is the link's target area; its name is the engagement's. */}
              <a href={linkTo(e.link)} className="after:absolute after:inset-0 hover:text-accent">
                {e.name}
              </a>
            </h3>
            <p className="mt-2 text-muted">{e.summary}</p>
            <p className="mt-4 text-sm font-semibold text-accent" aria-hidden="true">
              How it works →
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
