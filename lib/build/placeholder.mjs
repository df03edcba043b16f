// Next.js refuses a dynamic route whose generateStaticParams returns no params under `output:
// 'export'` (vercel/next.js#61213). A site with one page of articles has no /blog/page/<n>, so
// that route (app/blog/page/[page]/page.tsx) then asks for this one placeholder page, which answers
// not-found, and the build adapter deletes its files from out/ (the files a route writes are
// next-export.mjs's routeFiles). Never linked, never in the sitemap.

/** The page segment the placeholder takes: not a number, so no real page can ever have it. */
export const PLACEHOLDER_PAGE = '_none';

/** The placeholder's route, as a path under out/. */
export const PLACEHOLDER_ROUTE = `blog/page/${PLACEHOLDER_PAGE}`;

/**
 * The same for app/[lang]/blog/[slug] (and its Markdown twin) on a site without translations: a
 * language segment no tag can have (lib/language.ts), whose whole folder the adapter deletes.
 */
export const PLACEHOLDER_TRANSLATION = { lang: PLACEHOLDER_PAGE, slug: PLACEHOLDER_PAGE };

/**
 * A dynamic route's params for the export: `params`, or the placeholder's when there are none.
 * @template P
 * @param {readonly P[]} params
 * @param {P} placeholder
 * @returns {P[]}
 */
export const orPlaceholder = (params, placeholder) => (params.length ? [...params] : [placeholder]);

/** The placeholder translation's folder under out/. */
export const PLACEHOLDER_TRANSLATION_DIR = PLACEHOLDER_PAGE;
