// The build ID (next.config.mjs generateBuildId) Next.js writes into every page it exports and
// into its runtime's files. Next's own is random, a new one each build, so no page was ever the
// same twice and nothing made from a page could be kept between builds. This one is a hash of
// the code that builds the site: the same code and content give byte-identical pages, which lets
// the adapter keep each finished page between builds (lib/build/page-cache.mjs), and any change to
// the code gives another ID, which is what Next's runtime, when kept (KEEP_NEXT_RUNTIME=1), needs
// to tell one deployment from the next.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a build writes or installs, and what is not the project's own: never part of the ID. */
const NOT_SOURCE = new Set([
  '.git',
  '.next',
  '.tmp',
  'node_modules',
  'out',
  'playwright-report',
  'reports',
  'shots',
  'test-results',
  // Written by `next build` itself.
  'next-env.d.ts',
]);

/** Code and configuration: an article's words and images are read at build time, never compiled. */
const CODE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx|json|css)$/;

/**
 * Every code or configuration file of the project at `root` (paths from it, forward slashes,
 * sorted), whichever folder it is in: a new folder of code needs no entry anywhere. Left out: what
 * a build or an install writes (NOT_SOURCE) and any file that is not code (CODE), so the MDX and
 * images of content/ are out and content/site.ts is in.
 * @param {string} root
 * @returns {string[]}
 */
export function buildIdSources(root) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir @param {string} prefix */
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (NOT_SOURCE.has(entry.name)) continue;
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile() && CODE.test(entry.name)) found.push(path);
    }
  };
  walk(root, '');
  return found.sort();
}

/**
 * The build ID of the project at `root` under `env`: 20 hex digits of a sha256 over each source
 * file's path and bytes (buildIdSources) and the settings that change what the same code compiles
 * to (FIXTURE_SITE swaps content/site.ts for tests/fixtures/site.ts; KEEP_NEXT_RUNTIME; SITE_URL).
 * @param {string} root
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function buildId(root, env = process.env) {
  const hash = createHash('sha256');
  for (const name of ['FIXTURE_SITE', 'KEEP_NEXT_RUNTIME', 'SITE_URL']) hash.update(`${name}=${env[name] ?? ''}\0`);
  for (const file of buildIdSources(root))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 20);
}
