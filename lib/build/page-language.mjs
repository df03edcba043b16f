// A page's language on <html>. The root layout is shared by every page, so it writes the site's
// language; a page in another language (a translation) says so on its <main lang dir>
// (components/page-frame.tsx), and this step, after the export, copies both onto <html>, where
// browsers, screen readers, search engines and Pagefind (one index per <html lang>) read them.

/** The heading of the problems that stop the build here (page-cache.mjs throws them all). */
export const LANGUAGE_STOP = 'page language: stopping before changing any page';

/** The first <main> start tag, with its attributes. */
const MAIN = /<main\b([^>]*)>/i;
/** The <html> start tag as the root layout writes it. */
const HTML = /<html\b([^>]*)>/i;

/**
 * One attribute's value in a start tag's attribute text, or undefined.
 * @param {string} attrs
 * @param {string} name
 */
const attr = (attrs, name) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attrs)?.[1];

/**
 * The page with <html lang dir> set from its <main lang dir>, or unchanged when its main names
 * no language. Fails closed: a main with lang but no dir of ltr or rtl, or an <html> start tag
 * without exactly the lang the layout writes, is a problem (a page announced in the wrong language).
 * @param {string} html
 * @param {string} page the page's path under out/, for the problem
 * @param {string} siteLanguage the lang the root layout writes
 * @returns {{ html: string, lang?: string, problem?: string }}
 */
export function pageLanguage(html, page, siteLanguage) {
  const main = MAIN.exec(html);
  const lang = main ? attr(main[1] ?? '', 'lang') : undefined;
  if (!main || lang === undefined) return { html };
  const dir = attr(main[1] ?? '', 'dir');
  if (!lang || (dir !== 'ltr' && dir !== 'rtl'))
    return {
      html,
      problem: `out/${page}: <main lang="${lang}"> without dir="ltr" or dir="rtl". Fix: give PageFrame the language's tag and direction (components/page-frame.tsx).`,
    };
  const root = HTML.exec(html);
  const attrs = root?.[1] ?? '';
  if (!root || attr(attrs, 'lang') !== siteLanguage || attr(attrs, 'dir') !== undefined)
    return {
      html,
      problem: `out/${page}: the <html> start tag is not the root layout's <html lang="${siteLanguage}"> (found ${root ? root[0] : 'none'}), so the page's language cannot be set. Fix: keep <html lang={site.language}> in app/layout.tsx.`,
    };
  const tag = root[0].replace(/\slang="[^"]*"/i, ` lang="${lang}" dir="${dir}"`);
  return { html: html.slice(0, root.index) + tag + html.slice(root.index + root[0].length), lang };
}
