import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { attrs, elements, textOf, type Element } from '@/tests/markup';
import { mediaOf } from '@/lib/media/media';
import { years } from '@/lib/trust';
import { Clients } from './clients';
import { Portrait } from './portrait';
import { Testimonials } from './testimonials';
import { WorkHistory } from './work-history';

// The trust components: nothing at all when their list is empty (no heading, no placeholder), and
// the entries, with their images' sizes, when it is not. Every value is a fixture (example.com,
// "Ada Example"); content/site.ts has none of these yet, and the components read it by default.

const tags = (html: string, tag: string) => elements(html).filter((e) => e.tagName === tag);

const media = (name: string, width: number, height: number, alpha = false) =>
  mediaOf({
    path: `/abs/content/${name}`,
    name,
    hash: 'b'.repeat(64),
    header: { format: alpha ? 'png' : 'jpeg', width, height, alpha, palette: false },
  });
const render = (component: Parameters<typeof createElement>[0], props: object = {}) =>
  renderToStaticMarkup(createElement(component, props));

describe('empty: nothing at all', () => {
  it.each([
    ['<Testimonials />', Testimonials, { testimonials: [] }],
    ['<Clients />', Clients, { clients: [] }],
    ['<WorkHistory />', WorkHistory, { roles: [] }],
    ['<Portrait />', Portrait, { portrait: undefined }],
  ] as const)('%s renders nothing for no entries', (_, component, props) =>
    expect(render(component as never, props)).toBe(''),
  );

  it.each([
    ['<Testimonials />', Testimonials],
    ['<Clients />', Clients],
    ['<WorkHistory />', WorkHistory],
    ['<Portrait />', Portrait],
  ] as const)('%s renders nothing from content/site.ts, which has none yet', (_, component) =>
    expect(render(component as never)).toBe(''),
  );
});

describe('<Testimonials />', () => {
  const html = render(Testimonials, {
    testimonials: [
      {
        quote: 'A fixture quote.',
        name: 'Ada Example',
        role: 'CTO',
        company: 'Fixture Client Ltd',
        photo: media('ada.jpg', 192, 192),
        link: 'https://www.example.com/ada',
      },
      { quote: 'Another.', name: 'Bo Example', role: 'CEO', company: 'Example Org' },
    ],
  });

  it('shows each as a figure: the quote in a blockquote, who said it in the caption', () => {
    expect(tags(html, 'figure')).toHaveLength(2);
    const parent = (el: Element) => (el.parentNode as Element).tagName;
    expect(tags(html, 'blockquote').map((q) => [parent(q), textOf(q)])).toEqual([
      ['figure', 'A fixture quote.'],
      ['figure', 'Another.'],
    ]);
    expect(tags(html, 'figcaption').map(parent)).toEqual(['figure', 'figure']);
    expect(tags(html, 'figcaption').map(textOf)).toEqual([
      'Ada ExampleCTO, Fixture Client Ltd',
      'Bo ExampleCEO, Example Org',
    ]);
    expect(tags(html, 'h2').map(textOf)).toEqual(['What clients say']);
  });

  it('links the name when given a link, and shows the photo at its size (decorative beside the name)', () => {
    expect(tags(html, 'a').map((a) => [attrs(a).href, textOf(a)])).toEqual([
      ['https://www.example.com/ada', 'Ada Example'],
    ]);
    const [img] = tags(html, 'img');
    expect(attrs(img!)).toMatchObject({ alt: '', width: '192', height: '192', loading: 'lazy' });
    expect(tags(html, 'source').map((s) => attrs(s).type)).toEqual(['image/avif', 'image/webp']);
  });
});

describe('<Clients />', () => {
  const html = render(Clients, {
    clients: [
      { name: 'Fixture Client Ltd', logo: media('fixture.png', 400, 96, true), link: 'https://www.example.com/' },
      { name: 'Example Org' },
    ],
  });

  it('shows a name, or the logo in its place (alt: the name), each linked when given a link', () => {
    expect(tags(html, 'li').map(textOf)).toEqual(['', 'Example Org']);
    const [img] = tags(html, 'img');
    expect(attrs(img!)).toMatchObject({ alt: 'Fixture Client Ltd', width: '400', height: '96', sizes: '134px' });
    expect(tags(html, 'a').map((a) => attrs(a).href)).toEqual(['https://www.example.com/']);
    expect(tags(html, 'h2').map(textOf)).toEqual(['Clients']);
  });
});

describe('<WorkHistory />', () => {
  it('lists role, organisation and years, in the order given', () => {
    const html = render(WorkHistory, {
      roles: [
        { role: 'Architect', organisation: 'Fixture Client Ltd', start: 2022, end: 'present' },
        { role: 'Engineer', organisation: 'Example Org', start: 2018, end: 2022 },
      ],
    });
    expect(tags(html, 'li').map(textOf)).toEqual([
      'ArchitectFixture Client Ltd2022–present',
      'EngineerExample Org2018–2022',
    ]);
    expect(tags(html, 'h2').map(textOf)).toEqual(['Work history']);
  });

  it.each([
    [{ start: 2018, end: 2022 }, '2018–2022'],
    [{ start: 2022, end: 'present' }, '2022–present'],
    [{ start: 2021, end: 2021 }, '2021'],
  ] as const)('writes the years %o as %s', (role, text) => expect(years(role)).toBe(text));
});

describe('<Portrait />', () => {
  it('shows the portrait with the owner’s name as alt, its size, and every variant, fetched first', () => {
    const html = render(Portrait, { portrait: { media: media('me.jpg', 960, 1200), alt: 'Ada Example' } });
    const [img] = tags(html, 'img');
    expect(attrs(img!)).toMatchObject({ alt: 'Ada Example', width: '960', height: '1200', fetchpriority: 'high' });
    expect(attrs(img!).srcset).toMatch(/480w, .*720w, .*960w$/);
    expect(attrs(img!)).not.toHaveProperty('loading');
  });
});
