import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { hostHeaders, parseHeaders } from '@/lib/build/headers.mjs';
import { contactChannels } from '@/lib/contact';
import { callToAction } from '@/lib/navigation';
import { localPath, normalize, sitemapUrls } from '../site-data';
import { all, attr, textContent } from './dom';
import { OUT, only, page } from './out';

// The site as a prospect meets it once the author has set his contact channels: the suite builds
// tests/fixtures/site.ts (an email, a booking link and a form on reserved example.com addresses).
// The same facts with no channel set (today's content/site.ts) are unit tests of lib/contact.ts and
// lib/navigation.ts: no header button, no contact section, every call to action to the offer.

const channels = contactChannels();
const cta = callToAction();
const pages = [...sitemapUrls().map(localPath), '/404'];

it('the suite built the fixture site, with every kind of contact channel set', () => {
  expect(
    channels.map((c) => c.label),
    'FIXTURE_SITE=1 resolves @/content/site to tests/fixtures/site.ts (next.config.mjs, vitest.config.ts)',
  ).toEqual(['Email', 'Book a call', 'Contact form']);
  expect(cta).toMatchObject({ href: site.links.contact, contact: true });
});

describe('every page has the header contact button', () => {
  for (const path of pages)
    it(`page ${path}: the header links to ${cta.href} as "${cta.text}"`, () => {
      const header = only(page(path), 'header.site-chrome');
      const button = all(header, `a[href="${cta.href}"]`);
      expect(button.map((a) => normalize(textContent(a)))).toEqual([cta.text]);
    });
});

describe('the contact section', () => {
  const [path, id] = cta.href.split('#') as [string, string];
  const section = () => only(page(path), `section[aria-labelledby="${id}"]`);

  it(`${cta.href}: shows the email as a mailto link and the booking link, each once`, () => {
    for (const c of channels.filter((ch) => !ch.form))
      expect(
        all(section(), `a[href="${c.href}"]`).map((a) => normalize(textContent(a))),
        c.label,
      ).toEqual([c.text]);
    expect(channels[0]!.href).toBe(`mailto:${site.contact.email}`);
  });

  it(`${cta.href}: a form posting to contact.form, its fields labelled, required, with autocomplete, and a hidden honeypot`, () => {
    const form = only(section(), 'form');
    expect([attr(form, 'method'), attr(form, 'action')]).toEqual(['post', site.contact.form]);
    for (const [name, autocomplete] of [
      ['name', 'name'],
      ['email', 'email'],
      ['message', null],
    ] as const) {
      const field = only(form, `[name="${name}"]`);
      expect(attr(field, 'required'), name).toBe('');
      if (autocomplete) expect(attr(field, 'autocomplete'), name).toBe(autocomplete);
      const label = only(form, `label[for="${attr(field, 'id')}"]`);
      expect(normalize(textContent(label)), name).not.toBe('');
    }
    const honeypot = only(form, 'input[name="_gotcha"]');
    expect(attr(honeypot, 'tabindex'), 'the honeypot is out of the tab order').toBe('-1');
    expect(attr(only(form, '[aria-hidden="true"]'), 'class'), 'and hidden').toContain('sr-only');
    expect(all(form, 'input, textarea').map((f) => attr(f, 'name'))).toEqual(['name', 'email', 'message', '_gotcha']);
  });
});

it("_headers: every page's form-action admits 'self' and the form's origin, and nothing else", () => {
  const rules = parseHeaders(readFileSync(`${OUT}/_headers`, 'utf8'));
  const origin = new URL(site.contact.form).origin;
  for (const path of pages) {
    const csp = hostHeaders(rules, path)['Content-Security-Policy'] ?? '';
    expect(/form-action ([^;]*)/.exec(csp)?.[1], path).toBe(`'self' ${origin}`);
  }
});
