import { clients as siteClients, type ShownClient } from '@/lib/trust';
import { Picture } from './picture';

/** A logo is shown this many CSS pixels tall (h-8); its width follows its shape. */
const LOGO_PX = 32;

/**
 * The organisations the author has worked for (content/site.ts `clients`): a row of names, a
 * logo in place of the name when one is given. Nothing at all when there are none.
 */
export function Clients({ clients = siteClients() }: { clients?: readonly ShownClient[] }) {
  if (clients.length === 0) return null;
  return (
    <section aria-labelledby="clients" className="mt-section">
      <h2 id="clients" className="text-h2 font-bold tracking-tight">
        Clients
      </h2>
      <ul className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-1">
        {clients.map((c) => {
          const mark = c.logo ? (
            // On a light ground in both colour schemes: a logo drawn for white pages stays legible in dark mode.
            <span className="inline-flex rounded-md bg-white p-2">
              <Picture
                media={c.logo}
                alt={c.name}
                sizes={`${Math.ceil((LOGO_PX * c.logo.width) / c.logo.height)}px`}
                className="h-8 w-auto"
              />
            </span>
          ) : (
            <span className="text-lg font-semibold text-muted">{c.name}</span>
          );
          return (
            <li key={c.name}>
              {c.link ? (
                <a href={c.link} className="inline-flex min-h-11 items-center hover:opacity-90">
                  {mark}
                </a>
              ) : (
                <span className="inline-flex min-h-11 items-center">{mark}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
