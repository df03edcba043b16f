import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { tsImport } from 'tsx/esm/api';
import { buildId } from './lib/build/build-id.mjs';

/**
 * The suite builds the site of tests/fixtures/site.ts (FIXTURE_SITE=1): this tsconfig resolves
 * '@/content/site' to it, for Next.js and for the content parse below alike.
 */
const TSCONFIG = process.env.FIXTURE_SITE === '1' ? 'tests/fixtures/tsconfig.site.json' : undefined;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // A hash of the code, not Next.js's random ID a build: the same code and content export
  // byte-identical pages, so the adapter keeps each finished page between builds (lib/build/build-id.mjs).
  generateBuildId: () => buildId(fileURLToPath(new URL('.', import.meta.url))),
  // Loaded by Node at build time, as tsx and Vitest load it, rather than bundled: its ES module
  // build has no default export and its UMD build no named ones, so one import works everywhere
  // only if every runner reads the same (UMD) file. sharp is external by Next's own list.
  serverExternalPackages: ['opentype.js'],
  experimental: {
    // One static-generation worker per core (Next.js's default leaves one core out, which is a
    // single worker on a 2-core machine). The workers share one parse of the content: see below.
    cpus: os.availableParallelism(),
  },
  // `npm test` type-checks the whole project once (`npm run typecheck`) before any build, so the
  // suite's builds set TYPECHECKED=1 and skip Next.js's second pass (~15 s a build). An author's
  // `npm run build`, and every host's, still type-checks.
  typescript: {
    ignoreBuildErrors: process.env.TYPECHECKED === '1',
    // The suite builds the site of tests/fixtures/site.ts (content/site.ts with a contact email,
    // booking link and form set): that tsconfig resolves '@/content/site' to it.
    // An author's and a host's build check the code that builds the site (tsconfig.build.json: the
    // tests excluded, which `npm run typecheck` checks), a third less to check than the whole project.
    tsconfigPath: TSCONFIG ?? 'tsconfig.build.json',
  },
  // Finishes out/ after the export (lib/build/adapter.mjs).
  adapterPath: fileURLToPath(new URL('./lib/build/adapter.mjs', import.meta.url)),
  turbopack: {
    rules: {
      // The MDX is read once, by lib/content, and rendered from that one tree: no MDX compiler
      // here. This loader only makes the content folder (CONTENT_DIR, else content/) a watched
      // dependency of lib/content/edits.watched.ts, so `next dev` reloads pages on every edit.
      '*.watched.ts': { loaders: ['./lib/build/content-watch-loader.cjs'], as: '*.ts' },
    },
  },
};

/**
 * `next build` parses the content folder here, once, in its main process before any worker
 * starts, and hands the result to every static-generation worker as a snapshot file
 * (lib/content/store.ts shareContent): however many workers, one parse. Content that cannot be
 * published stops the build here, each problem said once as `file:line: message`.
 * @param {string} phase
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) {
    /** @type {typeof import('./lib/content/store')} */
    const store = await tsImport('./lib/content/store.ts', {
      parentURL: import.meta.url,
      ...(TSCONFIG && { tsconfig: TSCONFIG }),
    });
    try {
      store.shareContent();
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ContentError') throw error;
      // The author's mistake, not a broken config: the list of problems, as `npm run check` says it.
      console.error(error.message);
      process.exit(1);
    }
  }
  return nextConfig;
}
