import { contactChannels } from '@/lib/contact';

/** <Contact />: the ways to reach the owner set in content/site.ts (its section is left out while there is none: shownSections). */
export function Contact() {
  const channels = contactChannels();
  if (channels.length === 0) return null;
  return (
    <ul>
      {channels.map((c) => (
        <li key={c.href}>
          {c.label}: <a href={c.href}>{c.text}</a>
        </li>
      ))}
    </ul>
  );
}
