import type { Offer } from '@/lib/content';

/**
 * An offer's price as every card shows it: the table's own label over the amount, at the foot of
 * the card. `size` is the amount's type step (a price card on the services page is larger).
 */
export function OfferPrice({ offer, size }: { offer: Offer; size: 'text-h3' | 'text-lg' }) {
  return (
    <p className="mt-auto pt-6">
      <span className="block text-sm font-semibold text-muted">{offer.priceLabel}</span>
      <span className={`${size} font-bold text-accent`}>{offer.price.text}</span>
    </p>
  );
}
