/** "10 March 2026" for an ISO date-time, in the timezone written in it (not the build machine's). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match || Number.isNaN(Date.parse(iso))) throw new Error(`formatDate expects an ISO 8601 date; found "${iso}".`);
  const [, year, month, day] = match;
  const name = MONTH.format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
  return `${Number(day)} ${name} ${year}`;
}

// Made once: toLocaleString with options makes a new formatter on every call, which a build that
// dates every card of every listing pays thousands of times.
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * A date as written in its ISO date-time, in `tag`'s words, by Intl (CLDR): "10 مارچ، 2026" for ur.
 * The site's own language keeps formatDate. Where CLDR has no month names in the tag's script
 * (ur-Latn gets Urdu's, in Arabic script), the numeric form of the language is used (10/3/2026).
 */
export function formatDateIn(iso: string, tag: string, siteLanguage: string): string {
  if (tag === siteLanguage) return formatDate(iso);
  formatDate(iso); // the same check of the input
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const long = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const script = (t: string) => new Intl.Locale(t).maximize().script;
  if (script(long.resolvedOptions().locale) === script(tag)) return long.format(date);
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }).format(date);
}
