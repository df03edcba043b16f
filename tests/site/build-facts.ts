// What `npm run test:site` (tests/site/suite.ts) puts into its one build, for the tests that read
// that build (tests/static/ in Node, tests/e2e/ in Chromium) to know what to expect of it.

/** The content folder the suite builds: content/, tests/fixtures/content/ and what is added below. */
export const SUITE_DIR = '.tmp/suite';
/** One line per parse of the content folder (CONTENT_LOAD_LOG) during the suite's build. */
export const LOAD_LOG = '.tmp/suite-loads.log';
/**
 * The suite builds on a machine that reports 8 cores: this file, given to every Node.js process of
 * the build through NODE_OPTIONS=--require, says so, and writes one line per process to CORES_LOG.
 */
export const EIGHT_CORES = 'tests/site/eight-cores.cjs';
/** `pid cores argv…`, one line per Node.js process of the suite's build (EIGHT_CORES). */
export const CORES_LOG = '.tmp/suite-cores.log';
/** One line per image encoded (IMAGE_ENCODE_LOG) during the suite's build: none on a warm cache. */
export const ENCODE_LOG = '.tmp/suite-encodes.log';
/** A draft written by `npm run new`, as an author starts one: it must build, and stay out of out/. */
export const NEW_DRAFT = { title: 'A Draft Started With npm run new', slug: 'a-draft-started-with-npm-run-new' };
/**
 * Generated articles (tests/site/many-articles.ts), so that /blog and a tag have a middle page and
 * a last page; at least 45, more when content/site.ts makes a page hold more than 22.
 */
export const manyArticles = (articlesPerPage: number) => Math.max(45, 2 * articlesPerPage + 1);
