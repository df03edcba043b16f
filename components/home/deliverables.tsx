import { site } from '@/content/site';

/** What an engagement produces: the article's deliverables, three across on a wide screen. */
export function Deliverables() {
  const { home } = site;
  return (
    <section aria-labelledby="deliverables" className="mt-section">
      <h2 id="deliverables" className="text-h2 font-bold tracking-tight">
        {home.deliverablesTitle}
      </h2>
      <p className="mt-2 max-w-measure text-muted">{home.deliverablesIntro}</p>
      {/* A list with rules between on a phone; cards, two or three across, from sm up. */}
      <ol className="mt-6 grid sm:grid-cols-2 sm:gap-4 lg:grid-cols-3">
        {home.deliverables.map((d, i) => (
          <li key={d.name} className="border-t border-line py-4 sm:rounded-lg sm:border sm:p-5">
            <p className="text-sm font-semibold text-accent" aria-hidden="true">
              {String(i + 1).padStart(2, '0')}
            </p>
            <h3 className="mt-1 font-semibold">{d.name}</h3>
            <p className="mt-2 text-sm text-muted">{d.contains}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
