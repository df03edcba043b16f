import { describe, expect, it } from 'vitest';
import { formatDateIn } from './dates';
import { ENGLISH_WORDS, fillWords, interfaceWords } from './interface-words';
import { languageName, languagePrefix, languageTagProblem, ogLocale, textDirection } from './language';

describe('languageTagProblem', () => {
  it.each(['ur', 'ur-Latn', 'ur-Arab-PK', 'pt-BR', 'es-419', 'fr'])('takes %s', (tag) =>
    expect(languageTagProblem(tag)).toBeUndefined(),
  );
  it.each([
    ['ur_Latn', /not a BCP 47/],
    ['urdu-latin-script', /not a BCP 47|not a language/],
    ['', /not a BCP 47|not a language/],
    ['ur-latn', /Fix: write ur-Latn/],
    ['UR', /Fix: write ur/],
    ['en-u-ca-buddhist', /not a language, an optional script/],
    ['x-private', /not a BCP 47|not a language/],
  ])('refuses %j', (tag, message) => expect(languageTagProblem(tag)).toMatch(message));
});

describe('textDirection', () => {
  it.each([
    ['ur', 'rtl'],
    ['ur-Arab', 'rtl'],
    ['ur-Latn', 'ltr'],
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['dv', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['az-Arab', 'rtl'],
  ])('%s → %s', (tag, dir) => expect(textDirection(tag)).toBe(dir));
});

describe('a language’s prefix, name and Open Graph locale', () => {
  it('prefixes with the tag in lower case', () => {
    expect(languagePrefix('ur-Latn')).toBe('/ur-latn');
    expect(languagePrefix('ur')).toBe('/ur');
  });
  it('names a language by content/site.ts’s label, else in itself', () => {
    expect(languageName('ur-Latn', { 'ur-Latn': { label: 'Roman Urdu' } })).toBe('Roman Urdu');
    expect(languageName('ur', {})).toBe('اردو');
    expect(languageName('fr', {})).toBe('Français');
  });
  it.each([
    ['en', 'en_US'],
    ['ur', 'ur_PK'],
    ['ur-Latn', 'ur_PK'],
    ['fr', 'fr_FR'],
  ])('%s → og:locale %s', (tag, locale) => expect(ogLocale(tag)).toBe(locale));
});

describe('interface words', () => {
  it('are English for the site’s language, and where a language gives none', () => {
    const languages = { ur: { words: { updated: 'تازہ ترین' } } };
    expect(interfaceWords('en', languages)).toEqual(ENGLISH_WORDS);
    expect(interfaceWords('ur', languages).updated).toBe('تازہ ترین');
    expect(interfaceWords('ur', languages).onThisPage).toBe(ENGLISH_WORDS.onThisPage);
    expect(interfaceWords('fr', languages)).toEqual(ENGLISH_WORDS);
  });
  it('fill their placeholders, and leave unknown ones', () =>
    expect(fillWords('{minutes} min {x}', { minutes: 7 })).toBe('7 min {x}'));
});

describe('formatDateIn', () => {
  it.each([
    ['en', '10 March 2026'],
    ['ur', '10 مارچ، 2026'],
    ['fr', '10 mars 2026'],
    // CLDR has Urdu's month names in Arabic script only: Roman Urdu gets the numeric form.
    ['ur-Latn', '10/3/2026'],
  ])('%s → %s', (tag, expected) => expect(formatDateIn('2026-03-10T23:30:00-08:00', tag, 'en')).toBe(expected));
  it('refuses what is not a date', () => expect(() => formatDateIn('soon', 'ur', 'en')).toThrow(/ISO 8601/));
});
