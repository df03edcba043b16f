import type { Offer } from '@/lib/content';
import { callToAction } from '@/lib/navigation';
import { OfferPrice } from './offer-price';
import { PRIMARY_BUTTON } from '@/components/button';

/**
 * A service page's <Offers> on the page: one card an offer (its name, who it is for, its price
 * under the table's own label, e.g. "Typical cost (2026)"), read from the table by the loader, so
 * the cards, the Service JSON-LD and the Markdown twin's table say the same thing. With a contact
 * channel set, the call to action follows; without one, it would lead back here, so it is left out.
 */
export function OfferCards({ offers }: { offers: readonly Offer[] }) {
  const cta = callToAction();
  return (
    <div className="not-prose my-8">
      <ul className="grid gap-4 sm:grid-cols-2">
        {offers.map((offer) => (
          <li key={offer.id} className="flex flex-col rounded-xl border-2 border-accent bg-paper p-6">
            <h3 className="text-h3 font-bold">{offer.name}</h3>
            {offer.description && <p className="mt-2 text-muted">{offer.description}</p>}
            <OfferPrice offer={offer} size="text-h3" />
          </li>
        ))}
      </ul>
      {cta.contact && (
        <p className="mt-6">
          <a href={cta.href} className={PRIMARY_BUTTON}>
            {cta.text}
          </a>
        </p>
      )}
    </div>
  );
}
