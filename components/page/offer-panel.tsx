import type { Offer } from '@/lib/content';
import { callToAction } from '@/lib/navigation';
import { PRIMARY_BUTTON } from '@/components/button';

/**
 * The offer in short, beside a service or about page from lg up (after it on a phone): each
 * engagement the service page sells with its price, as its <Offers> table states them, and the
 * call to action. `offersPath` links to where the table stands.
 */
export function OfferPanel({ offers, offersPath }: { offers: readonly Offer[]; offersPath: string }) {
  const cta = callToAction();
  return (
    <section aria-labelledby="offer-panel" className="rounded-xl border border-line bg-raised p-6">
      <h2 id="offer-panel" className="text-h2 font-bold">
        Work together
      </h2>
      <ul className="mt-4 space-y-4">
        {offers.map((offer) => (
          <li key={offer.id}>
            <p className="font-semibold">{offer.name}</p>
            {offer.description && <p className="text-sm text-muted">{offer.description}</p>}
            <p className="mt-1 font-semibold text-accent">{offer.price.text}</p>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <a
          href={cta.contact ? cta.href : `${offersPath}#${offers[0]?.sectionId ?? ''}`}
          className={`${PRIMARY_BUTTON} w-full py-2 text-center`}
        >
          {cta.contact ? cta.text : 'Compare the engagements'}
        </a>
      </p>
    </section>
  );
}
