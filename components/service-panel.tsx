import { OfferPanel } from '@/components/page/offer-panel';
import { loadServicePage } from '@/lib/content';

/** The offer panel of the site's service page (its offers and prices, and the call to action); nothing without one. */
export function ServicePanel() {
  const service = loadServicePage();
  return service && service.offers.length > 0 ? <OfferPanel offers={service.offers} offersPath={service.path} /> : null;
}
