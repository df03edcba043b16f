import { describe, expect, it } from 'vitest';
import { thrown } from '../thrown';
import {
  all,
  attr,
  childTexts,
  closest,
  documentTitle,
  first,
  hiddenOnPhone,
  navigations,
  parseHtml,
  roleLinks,
  textContent,
} from './dom';

// The static tests' reading of HTML is their oracle, so it is tested here on known markup (no out/).

const doc = parseHtml(`<!DOCTYPE html><html><head><title>
  A  title </title><link rel="canonical" href="/x"><link rel="alternate canonical" href="/y"></head><body>
<nav aria-label="Main"><a href="/">Home</a></nav>
<main><article><section aria-labelledby="s1" class="a b"><p class="eyebrow">Eyebrow</p><h2 id="s1"><a href="#s1">One</a></h2>
<p>Text with <a href="/l">a <em>link</em></a>.<sup><a href="#fn" data-footnote-ref="">1</a></sup></p>
<div hidden><p id="gone">Hidden</p></div><div class="hidden sm:block"><p id="phone">Not on a phone</p></div>
<svg><title>An SVG title</title></svg></section></article>
<nav aria-labelledby="pl"><span id="pl">Other pages</span><a href="/2" aria-current="page">2</a><a href="/3" aria-hidden="true">3</a></nav></main></body></html>`);

const ids = (selector: string) => all(doc, selector).map((el) => attr(el, 'id') ?? el.tagName);

describe.each([
  ['h2', ['s1']],
  ['main article section[aria-labelledby] > h2', ['s1']],
  ['section > h2 > a', ['a']],
  ['main > h2', []],
  ['section.a.b > p.eyebrow', ['p']],
  ['section.c p', []],
  ['[aria-labelledby="s1"] #s1', ['s1']],
  ['link[rel="canonical"]', ['link']],
  ['link[rel~="canonical"]', ['link', 'link']],
  ['a[href^="#"]', ['a', 'a']],
  ['a[href^=""]', []],
  ['h2, p.eyebrow', ['p', 's1']],
  ['[aria-current]', ['a']],
])('all(doc, %j)', (selector, expected) => {
  it(`finds ${JSON.stringify(expected)} in document order`, () => expect(ids(selector)).toEqual(expected));
});

describe('the helpers', () => {
  it('refuse a selector they cannot read, rather than match nothing', () => {
    expect(thrown(() => all(doc, 'a:not(.x)'))).toBe('tests/static/dom.ts cannot read the selector "a:not(.x)" at ":"');
    expect(thrown(() => all(doc, 'a >'))).toBe('tests/static/dom.ts: an empty compound in the selector "a >"');
    expect(thrown(() => all(doc, "a[href='/']"))).toMatch(/cannot read the selector/);
  });

  it('read text, titles and ancestors as the DOM does', () => {
    expect(documentTitle(doc)).toBe('A title');
    expect(textContent(all(doc, 'section > p')[1]!)).toBe('Text with a link.1');
    const em = first(doc, 'p em')!;
    expect(closest(em, 'section')?.tagName).toBe('section');
    expect(closest(em, 'em')).toBe(em);
    expect(closest(em, 'nav')).toBeUndefined();
  });

  it('read a section as a reader sees it: inline elements in their line, footnote numbers left out', () => {
    expect(childTexts(first(doc, 'section')!)).toEqual([
      { tag: 'P', id: '', text: 'Eyebrow' },
      { tag: 'H2', id: 's1', text: 'One' },
      { tag: 'P', id: '', text: 'Text with a link.' },
      { tag: 'DIV', id: '', text: 'Hidden' },
      { tag: 'DIV', id: '', text: 'Not on a phone' },
      { tag: 'svg', id: '', text: 'An SVG title' },
    ]);
  });

  it('tell what the HTML hides on a phone and from assistive technology', () => {
    const byId = (id: string) => all(doc, `#${id}`)[0]!;
    expect([byId('gone'), byId('phone'), byId('s1')].map(hiddenOnPhone)).toEqual([true, true, false]);
    const [pages, ...others] = navigations(doc, 'pages');
    expect(others).toEqual([]);
    expect(roleLinks(pages!).map((a) => attr(a, 'href'))).toEqual(['/2']);
    expect(navigations(doc, 'Main').map((n) => roleLinks(n).map((a) => attr(a, 'href')))).toEqual([['/']]);
    expect(navigations(doc, 'Breadcrumb')).toEqual([]);
  });
});
