import type { ComponentProps, ReactNode } from 'react';
import { PRIMARY_BUTTON } from '@/components/button';

const FIELD = 'min-h-11 w-full rounded-md border border-line bg-paper px-3 py-2 text-base text-ink';

/** A labelled field; the label is visible and tied to the field by id. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <p className="grid gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
    </p>
  );
}

const input = (name: string, props: ComponentProps<'input'>) => (
  <input id={`contact-${name}`} name={name} required className={FIELD} {...props} />
);

/**
 * A plain HTML form that posts name, email and message to a form service (content/site.ts
 * contact.form, an https:// URL that `npm run check` verifies; this renders whatever action it is
 * given). No JavaScript: the browser posts it and the service answers. `_gotcha` is a honeypot
 * (Formspree's name for it): hidden from people and assistive technology, out of the tab order,
 * so only a bot fills it in.
 */
export function ContactForm({ action }: { action: string }) {
  return (
    <form method="post" action={action} className="not-prose mt-6 grid max-w-measure gap-4">
      <Field id="contact-name" label="Name">
        {input('name', { type: 'text', autoComplete: 'name' })}
      </Field>
      <Field id="contact-email" label="Email">
        {input('email', { type: 'email', autoComplete: 'email' })}
      </Field>
      <Field id="contact-message" label="Message">
        <textarea id="contact-message" name="message" required rows={6} autoComplete="off" className={FIELD} />
      </Field>
      <div aria-hidden="true" className="sr-only">
        <label>
          Leave this empty
          <input type="text" name="_gotcha" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" className={PRIMARY_BUTTON}>
          Send message
        </button>
        <span className="text-sm text-muted">Sent through {URL.canParse(action) ? new URL(action).host : action}.</span>
      </p>
    </form>
  );
}
