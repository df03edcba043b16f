import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language.mjs';

const page = (main: string, html = '<html lang="en">') =>
  `<!DOCTYPE html>${html}<head></head><body><a href="#main">Skip</a><main id="main"${main}>x</main></body></html>`;

describe('pageLanguage', () => {
  it('copies main’s lang and dir onto <html>', () => {
    expect(pageLanguage(page(' lang="ur" dir="rtl"'), 'ur/blog/x.html', 'en')).toEqual({
      html: page(' lang="ur" dir="rtl"', '<html lang="ur" dir="rtl">'),
      lang: 'ur',
    });
  });
  it('leaves a page in the site’s language as it is', () => {
    expect(pageLanguage(page(''), 'index.html', 'en')).toEqual({ html: page('') });
  });
  it.each([
    ['a main with lang and no dir', page(' lang="ur"'), /without dir="ltr" or dir="rtl"/],
    ['a main with an unknown dir', page(' lang="ur" dir="auto"'), /without dir="ltr" or dir="rtl"/],
    ['an <html> in another language', page(' lang="ur" dir="rtl"', '<html lang="fr">'), /not the root layout's/],
    [
      'an <html> with a dir already',
      page(' lang="ur" dir="rtl"', '<html lang="en" dir="ltr">'),
      /not the root layout's/,
    ],
  ])('stops on %s, naming the page', (_, html, message) => {
    const result = pageLanguage(html, 'ur/blog/x.html', 'en');
    expect(result.problem).toMatch(message);
    expect(result.problem).toMatch(/^out\/ur\/blog\/x\.html: .* Fix: /);
    expect(result.html).toBe(html);
  });
});
