import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { contactChannels, shownSections, type ContactChannel, type ContactConfig } from './contact';
import { callToAction, currentOf, FOOTER_LINKS, linksInLanguage, SECTIONS } from './navigation';

describe('currentOf', () => {
  it.each([
    // A section's own page, with or without a trailing slash, query or fragment.
    ['/blog', '/blog', 'page'],
    ['/blog', '/blog/', 'page'],
    ['/search', '/search?q=cost', 'page'],
    ['/services/x', '/services/x#contact', 'page'],
    // Inside it.
    ['/blog', '/blog/some-article', 'true'],
    ['/blog', '/blog/tags/agents/page/2', 'true'],
    ['/case-studies', '/case-studies/nebuladesk', 'true'],
    // Elsewhere: a longer name is not inside, nor is home inside every section.
    ['/blog', '/blogroll', undefined],
    ['/blog', '/', undefined],
    ['/blog', '', undefined],
    ['/about', '/services/x', undefined],
    // Home is current on home only.
    ['/', '/', 'page'],
    ['/', '/blog', undefined],
  ])('%s on %s → %s', (section, path, expected) => expect(currentOf(section, path)).toBe(expected));
});

describe('callToAction', () => {
  const email: ContactChannel = { label: 'Email', href: 'mailto:a@example.com', text: 'a@example.com' };

  it('leads to the contact section once a channel is set', () =>
    expect(callToAction([email])).toEqual({ href: site.links.contact, text: 'Work with me', contact: true }));

  it('leads to the offer, never to an empty contact section, while none is', () =>
    expect(callToAction([])).toMatchObject({ href: site.links.aiSystemsArchitecture, contact: false }));

  // From a contact config to the call to action: every kind of channel counts, a form included.
  const config = (contact: Partial<ContactConfig['contact']>, sameAs: string[] = []): ContactConfig => ({
    contact: { email: '', booking: '', form: '', ...contact },
    authors: { owner: { sameAs } },
  });
  it.each([
    ['nothing set', config({}), false],
    ['an email', config({ email: 'a@example.test' }), true],
    ['a booking link', config({ booking: 'https://cal.example.test/a' }), true],
    ['a form alone', config({ form: 'https://forms.example.test/f/a' }), true],
    ['a profile', config({}, ['https://profiles.example.test/a']), true],
  ])('with %s in content/site.ts, leads to the contact section: %s', (_, c, contact) => {
    const cta = callToAction(contactChannels(c));
    expect(cta.contact).toBe(contact);
    expect(cta.href).toBe(contact ? site.links.contact : site.links.aiSystemsArchitecture);
  });
});

describe('contactChannels', () => {
  it('lists a form as a channel that links to the contact section and carries the endpoint', () =>
    expect(
      contactChannels({
        contact: { email: 'a@example.test', booking: '', form: 'https://forms.example.test/f/a' },
        authors: { owner: { sameAs: ['https://profiles.example.test/a'] } },
      }),
    ).toEqual([
      { label: 'Email', href: 'mailto:a@example.test', text: 'a@example.test' },
      {
        label: 'Contact form',
        href: site.links.contact,
        text: 'Send a message',
        form: 'https://forms.example.test/f/a',
      },
      { label: 'Profile', href: 'https://profiles.example.test/a', text: 'profiles.example.test/a' },
    ]));

  it('lists nothing while nothing is set', () =>
    expect(
      contactChannels({ contact: { email: '', booking: '', form: '' }, authors: { owner: { sameAs: [] } } }),
    ).toEqual([]));
});

describe('shownSections', () => {
  const section = (name: string, children: unknown[]) => ({ name, tree: { type: 'root', children } });
  const contact = { type: 'mdxJsxFlowElement', name: 'Contact', children: [] };
  const nested = { type: 'mdxJsxFlowElement', name: 'QuickAnswer', children: [contact] };
  const words = { type: 'paragraph', children: [{ type: 'text', value: 'words' }] };
  const sections = [section('intro', [words]), section('contact', [words, contact]), section('deep', [nested])];
  const email: ContactChannel = { label: 'Email', href: 'mailto:a@example.com', text: 'a@example.com' };

  it.each([
    ['an email', [email]],
    [
      'a form',
      contactChannels({
        contact: { email: '', booking: '', form: 'https://f.example.test/a' },
        authors: { o: { sameAs: [] } },
      }),
    ],
  ])('shows every section once %s is set', (_, channels) =>
    expect(shownSections(sections, channels).map((s) => s.name)).toEqual(['intro', 'contact', 'deep']),
  );

  it('leaves out each section holding <Contact />, at any depth, while none is', () =>
    expect(shownSections(sections, []).map((s) => s.name)).toEqual(['intro']));
});

describe('linksInLanguage', () => {
  it("points a translation's search link at its language's index, and changes nothing else", () => {
    const links = [
      { name: 'Writing', path: '/blog' },
      { name: 'Search', path: '/search' },
    ];
    expect(linksInLanguage(links, 'ur-Latn')).toEqual([
      { name: 'Writing', path: '/blog' },
      { name: 'Search', path: '/search?lang=ur-Latn' },
    ]);
    expect(linksInLanguage(links, 'ur')[1]!.path).toBe('/search?lang=ur');
  });

  it("leaves a page in the site's own language as it is", () => {
    expect(linksInLanguage(SECTIONS)).toBe(SECTIONS);
    expect(linksInLanguage(FOOTER_LINKS, undefined)).toBe(FOOTER_LINKS);
  });

  it('reaches the header and the footer alike: both list the search page', () => {
    for (const links of [SECTIONS, FOOTER_LINKS])
      expect(linksInLanguage(links, 'ur').map((l) => l.path)).toContain('/search?lang=ur');
  });
});
