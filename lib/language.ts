import { site } from '@/content/site';

/**
 * Languages of the site's pages, as BCP 47 tags (`en`, `ur-Latn`, `ur`): which tags an author may
 * write, their direction, their URL prefix, their own name and their Open Graph locale. Derived
 * from the tag with Intl (CLDR), so a new language needs no code: only an optional label in
 * content/site.ts (`languages`).
 */

/** The site's own language: originals are written in it (content/site.ts `language`). */
export const SITE_LANGUAGE: string = site.language;

/** Language, optional script, optional region: ur, ur-Latn, ur-Arab-PK, pt-BR, es-419. */
const TAG_SHAPE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam and more. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi', 'Mend']);

/**
 * Why `tag` is not a language tag the site takes, or undefined. The tag must be well-formed BCP 47
 * and written as its canonical form (language lower case, Script in title case, REGION upper
 * case), language[-Script][-REGION] only, so one language has one spelling in URLs and hreflang.
 */
export function languageTagProblem(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return `"${tag}" is not a BCP 47 language tag. Fix: write a tag such as ur, ur-Latn or pt-BR (language, then optional Script and REGION, joined by hyphens).`;
  }
  if (!canonical || !TAG_SHAPE.test(canonical))
    return `"${tag}" is not a language, an optional script and an optional region. Fix: write a tag such as ur, ur-Latn or pt-BR.`;
  if (canonical !== tag) return `"${tag}" is not written in its canonical form. Fix: write ${canonical}.`;
  return undefined;
}

/** The tag with likely script and region filled in (ur → ur-Arab-PK, ur-Latn → ur-Latn-PK). */
const maximized = (tag: string) => new Intl.Locale(tag).maximize();

/** The direction a language's text runs: rtl for a right-to-left script (ur, ar, fa, he; not ur-Latn). */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const script = maximized(tag).script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** The URL prefix of a language's pages: /ur-latn (the tag in lower case). */
export const languagePrefix = (tag: string) => `/${tag.toLowerCase()}`;

/** The segment of the prefix, as the route's [lang] param: ur-latn. */
export const languageSegment = (tag: string) => tag.toLowerCase();

/** The language's name in itself: content/site.ts `languages.<tag>.label`, else CLDR's (اردو, français). */
export function languageName(tag: string, languages: SiteLanguages = site.languages): string {
  const label = languages[tag]?.label;
  if (label) return label;
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  // CLDR names a language in lower case where the language does (français); a link starts a line.
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The Open Graph locale (language_TERRITORY): the site's own for its language, else from CLDR (ur → ur_PK). */
export function ogLocale(tag: string): string {
  if (tag === SITE_LANGUAGE) return site.locale;
  const { language, region } = maximized(tag);
  return region ? `${language}_${region}` : language;
}

/** What content/site.ts may say about a language: its name in itself and the words of the interface. */
export type SiteLanguages = Readonly<
  Record<string, { readonly label?: string; readonly words?: Readonly<Record<string, string>> }>
>;
