// npm run test:site: one production build, then every test of what it wrote, once. The build holds
// the site's own content, the fixture content (tests/fixtures/content: an article with every
// feature and the longest headline, one with images, a draft, a case study), a copy of an article
// under a new slug (as an author starts one), a draft made by `npm run new`, and enough generated
// articles that /blog and a tag have a middle and a last page. Then the static facts of out/ are
// checked in Node (Vitest project `static`) and what needs a browser in Chromium (Playwright), each
// reading its facts from the loader (CONTENT_DIR) and out/, so the same run proves the real pages,
// the features on content unlike the site's own, the site at scale, and that adding an article
// never turns the suite red. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { site } from '@/content/site';
import { contentCopy } from '../build/run';
import { CORES_LOG, EIGHT_CORES, ENCODE_LOG, LOAD_LOG, manyArticles, NEW_DRAFT, SUITE_DIR } from './build-facts';
import { copyArticle, firstArticleFolder, translateArticle } from './copy-article';
import { writeManyArticles } from './many-articles';

// Where playwright.config.ts writes its JSON report.
const REPORT = process.env.E2E_REPORT ?? 'reports/e2e.json';
// Where `npm run test:static` writes its JSON report (package.json).
const STATIC_REPORT = 'reports/static.json';
const args = process.argv.slice(2);

const DIR = contentCopy(SUITE_DIR.replace(/^\.tmp\//, ''), { fixtures: true });
const slugs = copyArticle(DIR, firstArticleFolder(DIR));
// The copy, copied again into a translation (the two fields added, nothing translated).
const translation = translateArticle(DIR, `${firstArticleFolder(DIR)}-copy`);
const many = writeManyArticles(DIR, manyArticles(site.articlesPerPage));
console.log(
  `test:site: ${DIR} holds content/, tests/fixtures/content/, /blog/${slugs.copy} (a copy of /blog/${slugs.original}), ${translation.path} (a translation of the copy) and ${many.length} generated articles`,
);

// TYPECHECKED: `npm test` has type-checked the project already (next.config.mjs).
// FIXTURE_SITE: build, and test, the site of tests/fixtures/site.ts (contact channels set).
const env = { ...process.env, CONTENT_DIR: DIR, TYPECHECKED: '1', FIXTURE_SITE: '1' };
const step = (command: string, commandArgs: string[], extra: Record<string, string> = {}) =>
  spawnSync(command, commandArgs, { env: { ...env, ...extra }, stdio: 'inherit' }).status ?? 1;

if (step('npm', ['run', 'new', '--', NEW_DRAFT.title]) !== 0) {
  console.error(`test:site: npm run new failed (above) in ${DIR}.`);
  process.exit(1);
}
for (const log of [LOAD_LOG, ENCODE_LOG, CORES_LOG]) rmSync(log, { force: true });
// On a machine reporting 8 cores (EIGHT_CORES), so the one build also proves that many workers
// share one parse of the content and write the same pages.
const eightCores = {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${resolve(EIGHT_CORES)}`.trim(),
  REPORTED_CORES_LOG: CORES_LOG,
};
if (step('npm', ['run', 'build'], { CONTENT_LOAD_LOG: LOAD_LOG, IMAGE_ENCODE_LOG: ENCODE_LOG, ...eightCores }) !== 0) {
  console.error(`test:site: the build of ${DIR} failed (above); no test of it ran.`);
  process.exit(1);
}
if (args.length === 0 && step('npm', ['run', 'test:static']) !== 0) {
  console.error('test:site: the static checks of out/ failed (above); the browser tests did not run.');
  process.exit(1);
}
const status = step('npx', ['playwright', 'test', ...args]);
// A whole run must also have tested what the build added, in Node and in the browser: the copy,
// the fixture case study and a generated article (the site's own content may hold none of them).
// A run narrowed by arguments is the caller's business.
if (status === 0 && args.length === 0) {
  const reports = { static: readFileSync(STATIC_REPORT, 'utf8'), browser: readFileSync(REPORT, 'utf8') };
  for (const path of [
    `/blog/${slugs.copy}`,
    translation.path,
    '/case-studies/fixture-case-study',
    `/blog/${many.at(-1)!.slug}`,
  ]) {
    const missing = [
      !reports.static.includes(`${path} `) && !reports.static.includes(`${path}: `) && STATIC_REPORT,
      !reports.browser.includes(`page ${path}: `) && REPORT,
    ].filter(Boolean);
    if (missing.length > 0) {
      console.error(
        `test:site: no test in ${missing.join(' or ')} checked ${path}: the suite skipped what the build added.`,
      );
      process.exit(1);
    }
  }
}
process.exit(status);
