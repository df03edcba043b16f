// The search index: after the export (and the runtime removal), Pagefind indexes the pages of
// out/ that mark an article body with data-pagefind-body, and writes its index and its small
// browser library to out/pagefind/. /search (public/scripts/search.js) is its only reader. Only
// the article bodies are indexed: Pagefind leaves out every page without the attribute, and
// everything outside it (header, navigation, table of contents, related reading).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { listFiles } from './files.mjs';

/** The attribute on an article's body (app/blog/[slug]/page.tsx). */
export const BODY_ATTR = 'data-pagefind-body';
/** The attribute inside a start tag (not words of an article that quote it). */
const BODY = new RegExp(`<[a-z][^<>]*\\s${BODY_ATTR}[\\s=>]`, 'i');
/** The page that reads the index (app/search/page.tsx). */
const SEARCH_PAGE = 'search.html';
/** Where the index goes, under out/, and the site path search.js imports it from. */
export const INDEX_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, written beside the index, and its web worker: the site has its
 * own interface (search.js), which runs Pagefind on the page (noWorker), so these would only be
 * files nothing loads.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\b/;

/**
 * A page's address as the site links it: /blog/x for out/blog/x.html, / for index.html.
 * @param {string} file
 */
export function pageUrl(file) {
  if (file === 'index.html') return '/';
  return `/${file.replace(/(\/index)?\.html$/, '')}`;
}

/**
 * Indexes every page of `out` that has an article body and writes the index to out/pagefind/.
 * Throws, naming the problem, when Pagefind reports an error or when there is a search page but no
 * article body to index (the search would find nothing, ever). An out/ with neither (a bare
 * export, as in the adapter's own tests) gets no index.
 * @param {string} out
 * @returns {Promise<{ pages: number, files: number }>}
 */
export async function writeSearchIndex(out) {
  const pages = listFiles(out)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(out, file), 'utf8') }))
    .filter((p) => BODY.test(p.html));
  if (pages.length === 0 && !existsSync(join(out, SEARCH_PAGE))) return { pages: 0, files: 0 };
  if (pages.length === 0)
    throw new Error(
      `search index: no page in out/ has ${BODY_ATTR}, so /search would never find anything. Fix: keep ${BODY_ATTR} on the article body (app/blog/[slug]/page.tsx).`,
    );
  /** @returns {never} */
  const fail = (/** @type {string} */ what, /** @type {string[]} */ errors) => {
    throw new Error(`search index: Pagefind ${what}:\n  ${errors.join('\n  ')}`);
  };
  try {
    const { index, errors } = await createIndex({});
    if (errors.length || !index) return fail('could not start', errors);
    for (const { file, html } of pages) {
      const added = await index.addHTMLFile({ url: pageUrl(file), content: html });
      if (added.errors.length) fail(`could not index out/${file}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(out, INDEX_DIR) });
    if (written.errors.length) fail('could not write the index', written.errors);
  } finally {
    await close();
  }
  const dir = join(out, INDEX_DIR);
  for (const f of listFiles(dir).filter((f) => UNUSED.test(f))) rmSync(join(dir, f));
  return { pages: pages.length, files: listFiles(dir).length };
}
