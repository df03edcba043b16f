import { site } from '@/content/site';

/** One way to reach the site's owner, as the contact section shows it. */
export interface ContactChannel {
  /** What it is: Email, Book a call, Profile. */
  label: string;
  href: string;
  /** The link's words: the address, or the URL without its scheme. */
  text: string;
}

/** What the contact section says while content/site.ts sets no channel (npm run check warns meanwhile). */
export const NO_CONTACT_YET =
  'Direct contact details are not listed on this site yet. They will appear here, in this section, as soon as they are.';

const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Every channel set in content/site.ts (contact, and the owner's sameAs profiles), in a fixed order. */
export function contactChannels(config: Pick<typeof site, 'contact' | 'authors'> = site): ContactChannel[] {
  const owner = Object.values(config.authors)[0]!;
  const { email, booking } = config.contact;
  return [
    ...(email ? [{ label: 'Email', href: `mailto:${email}`, text: email }] : []),
    ...(booking ? [{ label: 'Book a call', href: booking, text: bare(booking) }] : []),
    ...owner.sameAs.map((url) => ({ label: 'Profile', href: url, text: bare(url) })),
  ];
}
