import type { ReactNode } from 'react';
import { ContactForm } from '@/components/contact-form';
import { site } from '@/content/site';
import { contactChannels, type ContactConfig } from '@/lib/contact';

/**
 * <Contact />: the ways to reach the owner set in content/site.ts (its section is left out while
 * there is none: shownSections): each link, then the form when one is set. `config` is for tests;
 * `children` is only the MDX components' shape (it is written <Contact />, with nothing inside).
 */
export function Contact({ config = site }: { config?: ContactConfig; children?: ReactNode }) {
  const channels = contactChannels(config);
  if (channels.length === 0) return null;
  const links = channels.filter((c) => !c.form);
  const form = channels.find((c) => c.form)?.form;
  return (
    <>
      {links.length > 0 && (
        <ul>
          {links.map((c) => (
            <li key={c.href}>
              {c.label}: <a href={c.href}>{c.text}</a>
            </li>
          ))}
        </ul>
      )}
      {form && <ContactForm action={form} />}
    </>
  );
}
