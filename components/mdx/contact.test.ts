import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { attrs, elements, textOf, type Element } from '@/tests/markup';
import { site } from '@/content/site';
import { contactChannels, type ContactConfig } from '@/lib/contact';
import { contactTwin } from '@/lib/content/parse/components';
import { Contact } from './contact';

// <Contact /> for a given contact config (a fixture: content/site.ts sets no channel yet), and how
// it reads in the Markdown twin. The browser's side of the form is tests/e2e/contact-form.spec.ts.
const FORM = 'https://forms.example.test/f/abc';
const config = (contact: Partial<ContactConfig['contact']>, sameAs: string[] = []): ContactConfig => ({
  contact: { email: '', booking: '', form: '', ...contact },
  authors: { owner: { sameAs } },
});
const render = (c: ContactConfig) => renderToStaticMarkup(createElement(Contact, { config: c }));

describe('<Contact />', () => {
  it('renders nothing while no channel is set', () => expect(render(config({}))).toBe(''));

  it('lists links and no form while no form is set', () => {
    const html = render(config({ email: 'me@example.test' }));
    expect(html).toBe('<ul><li>Email: <a href="mailto:me@example.test">me@example.test</a></li></ul>');
    expect(html).not.toContain('<form');
  });

  it('reads content/site.ts when given no config', () =>
    expect(renderToStaticMarkup(createElement(Contact))).toBe(render(site)));

  describe('with a form set', () => {
    const html = render(config({ form: FORM }));
    const all = elements(html);
    const form = all.find((e) => e.tagName === 'form')!;
    const named = (name: string) => all.find((e) => attrs(e).name === name)!;
    const labelOf = (el: Element) =>
      all.find((e) => e.tagName === 'label' && attrs(e).for !== undefined && attrs(e).for === attrs(el).id);

    it('is a plain form posting to the endpoint, with no script and no link to the endpoint', () => {
      expect(attrs(form)).toMatchObject({ method: 'post', action: FORM });
      expect(html).not.toMatch(/<script|\son[a-z]+=|<a\s/);
      expect(html).not.toContain('<ul>');
    });

    it.each([
      ['name', 'input', 'Name', { type: 'text', autocomplete: 'name' }],
      ['email', 'input', 'Email', { type: 'email', autocomplete: 'email' }],
      ['message', 'textarea', 'Message', { autocomplete: 'off' }],
    ])('has a required %s %s with a visible label "%s"', (name, tag, label, more) => {
      const field = named(name);
      expect(field.tagName).toBe(tag);
      expect(attrs(field)).toMatchObject({ required: '', ...more });
      expect(attrs(field).id).toBeTruthy();
      expect(textOf(labelOf(field)!)).toBe(label);
    });

    it('has an empty honeypot, hidden from sight and assistive technology, out of the tab order', () => {
      const trap = named('_gotcha');
      expect(attrs(trap)).toMatchObject({ type: 'text', tabindex: '-1', autocomplete: 'off', value: '' });
      expect(attrs(trap)).not.toHaveProperty('required');
      const wrapper = all.find((e) => e.tagName === 'div' && e.childNodes.some((c) => c === trap.parentNode))!;
      expect(attrs(wrapper)).toMatchObject({ 'aria-hidden': 'true' });
      expect(attrs(wrapper).class).toContain('sr-only');
    });

    it('sends exactly the four fields, in order', () =>
      expect(all.filter((e) => attrs(e).name !== undefined).map((e) => attrs(e).name)).toEqual([
        'name',
        'email',
        'message',
        '_gotcha',
      ]));

    it('ends in a submit button at least 44 px tall (min-h-11), saying where the message goes', () => {
      const button = all.find((e) => e.tagName === 'button')!;
      expect(attrs(button).type).toBe('submit');
      expect(attrs(button).class).toContain('min-h-11');
      expect(textOf(button)).toBe('Send message');
      expect(textOf(form)).toContain('Sent through forms.example.test.');
    });

    it('draws its fields with the site’s tokens', () => {
      for (const name of ['name', 'email', 'message'])
        expect(attrs(named(name)).class).toMatch(/\bborder-line\b.*\bbg-paper\b.*\btext-ink\b/);
    });

    it('comes after the other channels when they are set too', () => {
      const both = render(config({ email: 'me@example.test', form: FORM }, ['https://profiles.example.test/me']));
      expect(both).toMatch(
        /^<ul><li>Email: <a href="mailto:me@example.test">me@example.test<\/a><\/li><li>Profile: <a href="https:\/\/profiles.example.test\/me">profiles.example.test\/me<\/a><\/li><\/ul><form /,
      );
    });
  });
});

describe('<Contact /> in the Markdown twin', () => {
  const twin = (c: ContactConfig) => toMarkdown({ type: 'root', children: contactTwin(contactChannels(c)) } as Root);

  it.each([
    ['nothing', config({}), ''],
    ['an email', config({ email: 'me@example.test' }), '* Email: <me@example.test>\n'],
    [
      'a form: where it posts, with the link',
      config({ form: FORM }),
      `* Contact form: the page's form posts a name, email and message to <${FORM}>\n`,
    ],
  ])('with %s', (_, c, expected) => expect(twin(c)).toBe(expected));
});
