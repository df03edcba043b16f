// npm run shots: full-page screenshots of every kind of page in out/, at 375 and 1280 px, light and
// dark, into shots/ (git-ignored), to look at before calling a page done. Build first (npm run
// build, or npm run test:site for the fixtures too). Each kind is the first page of out/ that has
// it, read from the sitemap, so no page is named here. Usage: node tests/shots.mjs [port=3300]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const PORT = Number(process.argv[2] ?? 3300);
const DIR = 'shots';
const base = `http://127.0.0.1:${PORT}`;

/** One page of each kind, by the first sitemap path that matches its rule. */
const KINDS = [
  ['home', (p) => p === '/'],
  ['writing', (p) => p === '/blog'],
  ['article', (p) => /^\/blog\/(?!tags|page\/)[^/]+$/.test(p)],
  ['listing-page', (p) => /^\/blog\/page\/\d+$/.test(p)],
  ['topics', (p) => p === '/blog/tags'],
  ['tag', (p) => /^\/blog\/tags\/[^/]+$/.test(p)],
  ['search', (p) => p === '/search'],
  ['services', (p) => p.startsWith('/services/')],
  ['about', (p) => p === '/about'],
  ['case-studies', (p) => p === '/case-studies'],
  ['case-study', (p) => /^\/case-studies\/[^/]+$/.test(p)],
];

const paths = [...readFileSync('out/sitemap.xml', 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map(
  (m) => new URL(m[1]).pathname,
);
const pages = [
  ...KINDS.flatMap(([kind, rule]) => {
    const path = paths.find(rule);
    return path ? [[kind, path]] : [];
  }),
  // A translation in each language (/ur/blog/x, /ur-latn/blog/x): right to left and left to right.
  ...[
    ...new Map(
      paths.flatMap((p) => {
        const m = /^\/([a-z]{2,3}(?:-[a-z0-9]+)*)\/blog\/[^/]+$/.exec(p);
        return m ? [[m[1], p]] : [];
      }),
    ),
  ].map(([lang, path]) => [`translation-${lang}`, path]),
  ['not-found', '/no-such-page'],
];

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const server = spawn('node', ['tests/static-server.mjs', 'out', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50 && !(await fetch(base).catch(() => undefined)); i++)
    await new Promise((r) => setTimeout(r, 200));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // SHOTS=translation shoots only the kinds whose name starts so.
  for (const [kind, path] of pages.filter(([kind]) => kind.startsWith(process.env.SHOTS ?? '')))
    for (const width of [375, 1280])
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        const file = `${DIR}/${kind}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await context.close();
        console.log(`${file}  ${path}`);
      }
  await browser.close();
} finally {
  server.kill();
}
