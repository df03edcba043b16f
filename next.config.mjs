import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
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
