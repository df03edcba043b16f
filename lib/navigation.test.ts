import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { shownSections, type ContactChannel } from './contact';
import { callToAction, currentOf } from './navigation';

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
});

describe('shownSections', () => {
  const section = (name: string, children: unknown[]) => ({ name, tree: { type: 'root', children } });
  const contact = { type: 'mdxJsxFlowElement', name: 'Contact', children: [] };
  const nested = { type: 'mdxJsxFlowElement', name: 'QuickAnswer', children: [contact] };
  const words = { type: 'paragraph', children: [{ type: 'text', value: 'words' }] };
  const sections = [section('intro', [words]), section('contact', [words, contact]), section('deep', [nested])];
  const email: ContactChannel = { label: 'Email', href: 'mailto:a@example.com', text: 'a@example.com' };

  it('shows every section once a channel is set', () =>
    expect(shownSections(sections, [email]).map((s) => s.name)).toEqual(['intro', 'contact', 'deep']));

  it('leaves out each section holding <Contact />, at any depth, while none is', () =>
    expect(shownSections(sections, []).map((s) => s.name)).toEqual(['intro']));
});
