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
