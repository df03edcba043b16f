import { site } from '@/content/site';
import { callToAction, linksInLanguage, SECTIONS } from '@/lib/navigation';
import { SectionLinks } from './section-links';
import { PRIMARY_BUTTON } from '@/components/button';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((word) => word[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/**
 * The header's and the footer's setting on a page in another language than the site's (a
 * translation; components/page-frame.tsx): they keep the site's language and, on a right-to-left
 * page, its direction, and their search link searches the page's language (linksInLanguage).
 */
export interface Chrome {
  lang: string;
  dir?: 'ltr';
  pageLanguage: string;
}

/** The header: the name (home), the sections with the current one marked, and the call to action. */
export function SiteHeader({ path, chrome }: { path: string; chrome?: Chrome }) {
  const cta = callToAction();
  return (
    <header lang={chrome?.lang} dir={chrome?.dir} className="site-chrome border-b border-line">
      {/* On a phone: the name and the call to action on one row, the sections below; from sm up,
          one row (the sections moved between them by `order`), so the first screen keeps its room. */}
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 px-gutter py-1 sm:py-3">
        <a href="/" className="inline-flex min-h-11 items-center gap-2 font-serif text-lg font-bold tracking-tight">
          {/* The mark: the name's initials on the accent, in the heading face; drawn by CSS, nothing to download. */}
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-md bg-accent text-sm font-bold text-on-accent"
          >
            {initials(site.name)}
          </span>
          {site.name}
        </a>
        <nav aria-label="Main" className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto">
          <SectionLinks
            links={linksInLanguage(SECTIONS, chrome?.pageLanguage)}
            path={path}
            className="flex flex-wrap gap-x-3 text-sm font-medium sm:gap-x-5"
            linkClassName="border-b-2 border-transparent hover:text-accent aria-[current]:border-accent aria-[current]:text-accent"
          />
        </nav>
        {cta.contact && (
          <a href={cta.href} className={`${PRIMARY_BUTTON} order-2 text-sm sm:order-3`}>
            {cta.text}
          </a>
        )}
      </div>
    </header>
  );
}
