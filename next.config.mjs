import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // Loaded by Node at build time, as tsx and Vitest load it, rather than bundled: its ES module
  // build has no default export and its UMD build no named ones, so one import works everywhere
  // only if every runner reads the same (UMD) file. sharp is external by Next's own list.
  serverExternalPackages: ['opentype.js'],
  // `npm test` type-checks the whole project once (`npm run typecheck`) before any build, so the
  // suite's builds set TYPECHECKED=1 and skip Next.js's second pass (~15 s a build). An author's
  // `npm run build`, and every host's, still type-checks.
  typescript: {
    ignoreBuildErrors: process.env.TYPECHECKED === '1',
    // The suite builds the site of tests/fixtures/site.ts (content/site.ts with a contact email,
    // booking link and form set): that tsconfig resolves '@/content/site' to it.
    ...(process.env.FIXTURE_SITE === '1' && { tsconfigPath: 'tests/fixtures/tsconfig.site.json' }),
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

export default nextConfig;
