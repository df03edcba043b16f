import { contactChannels } from '@/lib/contact';
import { linkTo } from '@/lib/links';
import { paths } from '@/lib/paths';
import { CASE_STUDIES, SEARCH, WRITING, type Crumb } from '@/lib/trails';

/** The site's sections, in the header's order: each a name and the path it starts at. */
export const SECTIONS: readonly Crumb[] = [
  WRITING,
  { name: 'Services', path: linkTo('aiSystemsArchitecture') },
  CASE_STUDIES,
  { name: 'About', path: linkTo('about') },
  SEARCH,
];

/**
 * What `aria-current` a section's link gets on the page at `path`: "page" on the section's own
 * page, "true" anywhere inside it (an article is in Writing), none elsewhere.
 */
export function currentOf(section: string, path: string): 'page' | 'true' | undefined {
  const strip = (p: string) => p.replace(/[?#].*$/, '').replace(/\/$/, '') || '/';
  const [here, start] = [strip(path), strip(section)];
  if (start === '/') return here === '/' ? 'page' : undefined;
  if (here === start) return 'page';
  return here.startsWith(`${start}/`) ? 'true' : undefined;
}

/**
 * Where every call to action leads: with a contact channel set in content/site.ts (an email, a
 * booking link, a form or a profile), the contact section; with none, the services page's offer
 * (never a dead end or a placeholder). `contact` is false in the second case, so the header shows
 * no contact button.
 */
export function callToAction(channels = contactChannels()): { href: string; text: string; contact: boolean } {
  return channels.length > 0
    ? { href: linkTo('contact'), text: 'Work with me', contact: true }
    : { href: linkTo('aiSystemsArchitecture'), text: 'See how we can work together', contact: false };
}

/** The footer's links: every section, then the feed. */
export const FOOTER_LINKS: readonly Crumb[] = [...SECTIONS, { name: 'RSS', path: paths.feed }];

/**
 * The section links of a page in `language` (a translation's; none for the site's own): the
 * search link asks for that language's index (`/search?lang=ur`, read by public/scripts/search.js),
 * so a reader of a translation searches its language whatever the browser's.
 */
export function linksInLanguage(links: readonly Crumb[], language?: string): readonly Crumb[] {
  if (!language) return links;
  const search = `${paths.search}?lang=${encodeURIComponent(language)}`;
  return links.map((link) => (link.path === paths.search ? { ...link, path: search } : link));
}
