import { site } from '@/content/site';
import { linkTo } from '@/lib/links';
import { holdsComponent } from '@/lib/content/parse/markdown';

/** One way to reach the site's owner, as the contact section shows it. */
export interface ContactChannel {
  /** What it is: Email, Book a call, Contact form, Profile. */
  label: string;
  /** Where a link to it goes: the address, or for the form the contact section that holds it. */
  href: string;
  /** The link's words: the address, or the URL without its scheme. */
  text: string;
  /** The form's endpoint (content/site.ts contact.form): set on the form alone, which renders as a form posting there, never as a link to it. */
  form?: string;
}

/** What the channels are read from: content/site.ts, or a test's fixture of the same shape. */
export interface ContactConfig {
  contact: { readonly email: string; readonly booking: string; readonly form: string };
  /** The first author is the owner, whose sameAs profiles are channels too. */
  authors: Readonly<Record<string, { readonly sameAs: readonly string[] }>>;
}

const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * The sections a page shows: all of them, except a section holding <Contact /> while content/site.ts
 * sets no channel. A visitor never meets a contact section with nothing in it; every call to
 * action leads to the offer meanwhile (lib/navigation.ts), and `npm run check` warns.
 */
export function shownSections<S extends { tree: { type: string; children?: unknown[] } }>(
  sections: readonly S[],
  channels: readonly ContactChannel[] = contactChannels(),
): S[] {
  return channels.length > 0 ? [...sections] : sections.filter((s) => !holdsComponent(s.tree, 'Contact'));
}

/**
 * Every channel set in content/site.ts (contact, and the owner's sameAs profiles), in a fixed
 * order. A form counts like any other: the footer lists it as a link to the contact section
 * (`links.contact`), where <Contact /> renders the form itself.
 */
export function contactChannels(config: ContactConfig = site): ContactChannel[] {
  const owner = Object.values(config.authors)[0]!;
  const { email, booking, form } = config.contact;
  return [
    ...(email ? [{ label: 'Email', href: `mailto:${email}`, text: email }] : []),
    ...(booking ? [{ label: 'Book a call', href: booking, text: bare(booking) }] : []),
    ...(form ? [{ label: 'Contact form', href: linkTo('contact'), text: 'Send a message', form }] : []),
    ...owner.sameAs.map((url) => ({ label: 'Profile', href: url, text: bare(url) })),
  ];
}
