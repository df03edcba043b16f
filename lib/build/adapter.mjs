// A Next.js build adapter (next.config.mjs: adapterPath), the documented hook into `next build`:
// after the static export it finishes the files in out/. (`npm run build` removes the old out/
// first: see "prebuild" in package.json; the content checks run inside the build.) The hook itself,
// and every check on what Next.js handed over and wrote, is next-export.mjs's (nextAdapter).
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { join } from 'node:path';
import { MAX_LINE, MAX_RULES, formatHeaders, headerRules, readOut } from './headers.mjs';
import { moveMarkdownTwins } from './markdown-twins.mjs';
import { minifyScripts } from './minify-scripts.mjs';
import { NOT_FOUND_ROUTE, nextAdapter, routeFiles } from './next-export.mjs';
import { FINISHED_PAGES_DIR, finishPages, finishingCodeKey, openPageCache } from './page-cache.mjs';
import { PLACEHOLDER_ROUTE, PLACEHOLDER_TRANSLATION_DIR } from './placeholder.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { KEEP_RUNTIME_ENV, removeUnusedFiles } from './static-output.mjs';

/**
 * content/site.ts, the one typed site config: this adapter is plain JavaScript, so tsx loads it.
 * @returns {Promise<typeof import('../../content/site').site>}
 */
async function siteConfig() {
  return (await tsImport('../../content/site.ts', import.meta.url)).site;
}

/** @type {import('next').NextAdapter} */
const adapter = nextAdapter('static-site-finisher', async ({ out, projectDir, nextVersion }) => {
  // Next.js always exports its internal /_not-found route as a page of its own; hosts would serve
  // it with a 200. The site's 404 page is out/404.html.
  for (const file of routeFiles(NOT_FOUND_ROUTE)) rmSync(join(out, file), { recursive: true, force: true });
  // A static export needs one path for each dynamic route: a site without images in its
  // articles exports an empty out/media file for app/media, which is no page of the site.
  if (statSync(join(out, 'media'), { throwIfNoEntry: false })?.isFile()) rmSync(join(out, 'media'));
  // The placeholder page of a site with one page of articles (see placeholder.mjs).
  for (const file of routeFiles(PLACEHOLDER_ROUTE)) rmSync(join(out, file), { recursive: true, force: true });
  rmSync(join(out, PLACEHOLDER_TRANSLATION_DIR), { recursive: true, force: true });
  for (const { from, to } of moveMarkdownTwins(out)) console.log(`  Markdown twin: out/${from} → out/${to}`);

  // One pass over the pages (page-cache.mjs): each loses the runtime, gets its language on <html>
  // (before the search index: Pagefind indexes each page under its <html lang>) and gives what the
  // Content-Security-Policy needs of it, each from .next/cache when an earlier build finished the
  // same page with the same code. It throws, before any page is written, on any page's problem.
  const site = await siteConfig();
  const keepRuntime = process.env[KEEP_RUNTIME_ENV] === '1';
  const cache = await openPageCache(join(projectDir, FINISHED_PAGES_DIR), await finishingCodeKey());
  const pages = finishPages(out, { siteLanguage: site.language, keepRuntime, nextVersion, cache });
  console.log(`  Pages finished: ${pages.pages} (${pages.cached} from ${FINISHED_PAGES_DIR})`);
  const named = Object.entries(pages.languages).map(([lang, n]) => `${lang} ${n}`);
  if (named.length) console.log(`  Page languages on <html>: ${named.join(', ')}`);
  console.log(
    keepRuntime
      ? `  Framework runtime kept (${KEEP_RUNTIME_ENV}=1)`
      : `  Framework runtime removed from ${pages.pages} pages; ${removeUnusedFiles(out)} unused files deleted`,
  );

  console.log(`  Scripts minified: ${minifyScripts(out)} bytes saved in out/scripts/`);

  // Pagefind reads the finished pages and writes out/pagefind/ before _headers gives those files
  // their caching rules.
  const search = await writeSearchIndex(out);
  console.log(`  Search index: ${search.pages} article bodies, ${search.files} files in out/pagefind/`);

  // Last, from every file of out/ as it now is and each page's inline scripts and form origins as
  // finished, so the Content-Security-Policy hashes exactly the inline scripts that remain. Both
  // calls throw, before anything is written, rather than produce a file the host would refuse.
  const rules = headerRules(readOut(out, pages.facts), site.security.hsts);
  const text = formatHeaders(rules);
  writeFileSync(join(out, '_headers'), text);
  const longest = Math.max(...text.split('\n').map((line) => line.length));
  console.log(
    `  _headers: ${rules.length} rules (limit ${MAX_RULES}), longest line ${longest} characters (limit ${MAX_LINE})`,
  );
});

export default adapter;
