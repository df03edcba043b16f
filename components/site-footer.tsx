import { site } from '@/content/site';
import { contactChannels } from '@/lib/contact';
import { callToAction, FOOTER_LINKS, linksInLanguage } from '@/lib/navigation';
import type { Chrome } from './site-header';
import { SectionLinks } from './section-links';
import { PRIMARY_BUTTON } from '@/components/button';

/** The footer: every section and the feed, the ways to get in touch (or the offer), the name. */
export function SiteFooter({ path, chrome }: { path: string; chrome?: Chrome }) {
  const channels = contactChannels();
  const cta = callToAction(channels);
  return (
    <footer lang={chrome?.lang} dir={chrome?.dir} className="site-chrome mt-section border-t border-line bg-raised">
      <div className="mx-auto grid max-w-page gap-8 px-gutter py-10 text-sm sm:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="font-serif text-lg font-bold">{site.name}</p>
          <p className="mt-2 max-w-prose text-muted">{site.description}</p>
          <p className="mt-4">
            <a href={cta.href} className={PRIMARY_BUTTON}>
              {cta.text}
            </a>
          </p>
        </div>
        <nav aria-label="Site">
          <p className="font-semibold">The site</p>
          <SectionLinks
            links={linksInLanguage(FOOTER_LINKS, chrome?.pageLanguage)}
            path={path}
            className="mt-2"
            linkClassName="text-muted hover:text-ink aria-[current]:font-semibold aria-[current]:text-ink"
          />
        </nav>
        {channels.length > 0 && (
          <div>
            <p className="font-semibold">Get in touch</p>
            <ul className="mt-2">
              {channels.map((c) => (
                <li key={c.href}>
                  <a href={c.href} className="inline-flex min-h-8 items-center text-muted hover:text-ink">
                    {`${c.label}: ${c.text}`}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-muted sm:col-span-3">{`© ${new Date().getFullYear()} ${site.name}`}</p>
      </div>
    </footer>
  );
}
