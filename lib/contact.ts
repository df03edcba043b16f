import { site } from '@/content/site';

/** One way to reach the site's owner, as the contact section shows it. */
export interface ContactChannel {
  /** What it is: Email, Book a call, Profile. */
  label: string;
  href: string;
  /** The link's words: the address, or the URL without its scheme. */
  text: string;
}

const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** True when a section's tree holds <Contact />. */
const holdsContact = (node: { type: string; name?: string | null; children?: unknown[] }): boolean =>
  (node.type === 'mdxJsxFlowElement' && node.name === 'Contact') ||
  (node.children ?? []).some((child) => holdsContact(child as Parameters<typeof holdsContact>[0]));

/**
 * The sections a page shows: all of them, except a section holding <Contact /> while content/site.ts
 * sets no channel. A visitor never meets a contact section with nothing in it; every call to
 * action leads to the offer meanwhile (lib/navigation.ts), and `npm run check` warns.
 */
export function shownSections<S extends { tree: { type: string; children?: unknown[] } }>(
  sections: readonly S[],
  channels: readonly ContactChannel[] = contactChannels(),
): S[] {
  return channels.length > 0 ? [...sections] : sections.filter((s) => !holdsContact(s.tree));
}

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
