import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { site } from '@/content/site';
import { listFiles } from '@/lib/build/files.mjs';
import { ORIGIN } from '../site-data';
import { all, attr, parseHtml } from './dom';
import { OUT, servedFile } from './out';

// Every same-origin URL the build wrote, in every page, the feed, the sitemap, llms.txt, the
// Markdown twins and the manifest, is a file of out/ or a path content/site.ts declares as served
// elsewhere; a link's #fragment on a page of out/ is an id on that page. The whole of out/ is
// walked, not a list, so a link added anywhere is checked.

const TEXT = /\.(html|xml|txt|md|webmanifest|json)$/;
const ELSEWHERE = new Set(site.elsewhere.map((e) => e.path));

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/\\u0026/g, '&')
    .replace(/&#x27;|&#39;/g, "'");

/**
 * Every value of these attributes on an HTML page's elements, as a browser reads them (parse5:
 * entities decoded, any quoting). Without scripting, so links inside <noscript> are read too.
 */
const attributeValues = (html: string, names: readonly string[]): string[] =>
  all(parseHtml(html, { scripting: false }), '*').flatMap((el) => names.flatMap((name) => attr(el, name) ?? []));

/** The same-origin URLs in one file: absolute ones on ORIGIN anywhere, and site paths in links. */
function sameOriginUrls(text: string, file: string): { url: string; link: boolean }[] {
  const found: { url: string; link: boolean }[] = [];
  const escaped = ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`${escaped}(/[^\\s"'<>)\\]\\\\]*)?`, 'g')))
    found.push({ url: unescape(m[1] ?? '/'), link: false });
  if (file.endsWith('.html'))
    for (const url of attributeValues(text, ['href', 'src'])) {
      if (url.startsWith('#')) found.push({ url: `${file}${url}`, link: true });
      else if (url.startsWith('/') && !url.startsWith('//')) found.push({ url, link: true });
    }
  if (file.endsWith('.md'))
    for (const m of text.matchAll(/\]\((\/[^)\s]*)\)/g)) found.push({ url: unescape(m[1]!), link: true });
  return found;
}

/** What is wrong with each same-origin URL of the files of `dir`: nothing when every one resolves. */
function deadUrls(dir: string, files: readonly string[], elsewhere: ReadonlySet<string> = ELSEWHERE): string[] {
  const dead = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(attributeValues(readFileSync(file, 'utf8'), ['id'])));
    return ids.get(file)!;
  };
  for (const file of files) {
    const page = `/${file.replace(/(\/index)?\.html$/, '').replace(/^index$/, '')}`;
    for (const { url, link } of sameOriginUrls(readFileSync(`${dir}/${file}`, 'utf8'), file)) {
      const resolved = url.startsWith(file) ? `${page}${url.slice(file.length)}` : url;
      const [, rawPath = '/', fragment] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(resolved) ?? [];
      const path = decodeURI(rawPath || '/');
      // Served by another system on the production origin: linked there, never as a path, which
      // would be a 404 in every build but production (local, preview, a link checker).
      if (elsewhere.has(path)) {
        if (link) dead.add(`${file}: ${url} is served elsewhere: link to ${site.url}${path}, not to the path`);
        continue;
      }
      const served = servedFile(dir, path);
      if (!served) dead.add(`${file}: ${url} is not a file of out/ nor declared in content/site.ts (elsewhere)`);
      // A fragment of a link (not of a JSON-LD @id, which names a node) must be an id on its page.
      else if (link && fragment && served.endsWith('.html') && !idsOf(served).has(decodeURIComponent(fragment)))
        dead.add(`${file}: ${url} names no element id of ${path}`);
    }
  }
  return [...dead].sort();
}

it('every same-origin URL in out/ is a file of the build or a path declared as served elsewhere', () => {
  const files = listFiles(OUT).filter((f: string) => TEXT.test(f) && !f.startsWith('_next/'));
  // Pages, feed, sitemap, llms.txt and the twins are all among them.
  for (const kind of ['.html', 'feed.xml', 'sitemap.xml', 'llms.txt', '.md'])
    expect(
      files.some((f: string) => f.endsWith(kind)),
      kind,
    ).toBe(true);
  expect(deadUrls(OUT, files)).toEqual([]);
});

it('the link check fails on a dead path, a dead #fragment, an unknown absolute URL and a path served elsewhere', () => {
  const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
  writeFileSync(join(dir, 'index.html'), '<main id="main">home</main>');
  writeFileSync(
    join(dir, 'probe.html'),
    [
      '<a href="/">home</a><a href="/#main">main</a>',
      '<a href="/no-such-page">x</a>',
      '<a href="/#no-such-id">y</a>',
      `<link rel="canonical" href="${ORIGIN}/nowhere/at-all">`,
      `<a href="${ORIGIN}/served/elsewhere">declared, absolute</a>`,
      '<a href="/served/elsewhere#part">declared, as a path</a>',
    ].join(''),
  );
  try {
    expect(deadUrls(dir, ['probe.html'], new Set(['/served/elsewhere']))).toEqual([
      'probe.html: /#no-such-id names no element id of /',
      'probe.html: /no-such-page is not a file of out/ nor declared in content/site.ts (elsewhere)',
      'probe.html: /nowhere/at-all is not a file of out/ nor declared in content/site.ts (elsewhere)',
      `probe.html: /served/elsewhere#part is served elsewhere: link to ${site.url}/served/elsewhere, not to the path`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
