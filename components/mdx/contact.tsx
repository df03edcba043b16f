import { contactChannels, NO_CONTACT_YET } from '@/lib/contact';

/** <Contact />: the ways to reach the owner set in content/site.ts, or a plain note that there are none yet. */
export function Contact() {
  const channels = contactChannels();
  if (channels.length === 0) return <p>{NO_CONTACT_YET}</p>;
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
