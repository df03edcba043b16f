// npm run test:site: the end-to-end suite, run once, on a production build of the site's own
// content, the fixture content (tests/fixtures/content: an article with every feature and the
// longest headline, one with images, a draft, a case study) and a copy of an article under a new
// slug, as an author starts one. Every spec reads its facts from the loader (CONTENT_DIR) and
// out/, so the same run proves the real pages, the features on content unlike the site's own, and
// that adding an article never turns the suite red. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { contentCopy } from '../build/run';
import { copyArticle, firstArticleFolder } from './copy-article';

// Where playwright.config.ts writes its JSON report.
const REPORT = process.env.E2E_REPORT ?? 'reports/e2e.json';
const args = process.argv.slice(2);

const DIR = contentCopy('suite', { fixtures: true });
const slugs = copyArticle(DIR, firstArticleFolder(DIR));
console.log(
  `test:site: ${DIR} holds content/, tests/fixtures/content/ and /blog/${slugs.copy}, a copy of /blog/${slugs.original}`,
);

const env = { ...process.env, CONTENT_DIR: DIR };
const step = (command: string, commandArgs: string[]) =>
  spawnSync(command, commandArgs, { env, stdio: 'inherit' }).status ?? 1;

if (step('npm', ['run', 'build']) !== 0) {
  console.error(`test:site: the build of ${DIR} failed (above); no end-to-end test ran.`);
  process.exit(1);
}
const status = step('npx', ['playwright', 'test', ...args]);
// A whole run must also have tested what the build added: the copy, and the fixture case study
// (the site's own content may hold none). A run narrowed by arguments is the caller's business.
if (status === 0 && args.length === 0) {
  const report = readFileSync(REPORT, 'utf8');
  for (const title of [`article /blog/${slugs.copy}`, 'case study /case-studies/fixture-case-study'])
    if (!report.includes(title)) {
      console.error(`test:site: no test in ${REPORT} names "${title}": the suite skipped what the build added.`);
      process.exit(1);
    }
}
process.exit(status);
