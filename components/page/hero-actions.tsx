import { PRIMARY_BUTTON } from '@/components/button';
import { callToAction } from '@/lib/navigation';

/**
 * Under a sales page's lead: the call to action when a contact channel is set, and a link down to
 * the offers (the one action while none is set: the page itself is where calls to action lead).
 */
export function HeroActions({ offersAt }: { offersAt: string }) {
  const cta = callToAction();
  return (
    <ul className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
      {cta.contact && (
        <li>
          <a href={cta.href} className={PRIMARY_BUTTON}>
            {cta.text}
          </a>
        </li>
      )}
      <li>
        <a
          href={offersAt}
          className={
            cta.contact
              ? 'inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4'
              : PRIMARY_BUTTON
          }
        >
          See the engagements and prices
        </a>
      </li>
    </ul>
  );
}
