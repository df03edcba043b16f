import { site } from '@/content/site';
import type { Offer } from '@/lib/content';
import { OfferPrice } from '@/components/page/offer-price';

/**
 * The ways to work together, in short: the offers of the services page (its <Offers> table, as
 * the loader read it: name, who it is for, price), each card leading to where that page sets them
 * out, then one line on what every engagement delivers, linking to the page's deliverables.
 * Rendered only when there is a service page with offers.
 */
export function Engagements({ offers, servicePath }: { offers: readonly Offer[]; servicePath: string }) {
  if (offers.length === 0) return null;
  const { engagementsTitle, receive } = site.home;
  return (
    <section aria-labelledby="engagements" className="mt-section">
      <h2 id="engagements" className="text-h2 font-bold tracking-tight">
        {engagementsTitle}
      </h2>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {offers.map((offer) => (
          <li
            key={offer.id}
            className="relative flex flex-col rounded-lg border border-line bg-raised p-6 hover:border-accent"
          >
            <h3 className="text-h3 font-semibold">
              {/* The whole card is the link's target area; its name is the offer's. */}
              <a href={`${servicePath}#${offer.sectionId}`} className="after:absolute after:inset-0 hover:text-accent">
                {offer.name}
              </a>
            </h3>
            {offer.description && <p className="mt-2 text-muted">{offer.description}</p>}
            <OfferPrice offer={offer} size="text-lg" />
          </li>
        ))}
      </ul>
      <p className="mt-6 max-w-measure text-muted">
        {receive.text}{' '}
        <a
          href={`${servicePath}#${receive.section}`}
          className="font-semibold text-accent underline underline-offset-2"
        >
          {receive.linkText}
        </a>
      </p>
    </section>
  );
}
