import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

// Where the articles live. Tests point this at fixture content; the site uses content/.
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // Finishes out/ after the export (lib/build/adapter.mjs).
  adapterPath: fileURLToPath(new URL('./lib/build/adapter.mjs', import.meta.url)),
  turbopack: {
    resolveAlias: { '@content/*': `./${contentDir}/*` },
  },
};

// Turbopack takes remark plugins by module name (functions are not serializable).
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
  },
});

export default withMDX(nextConfig);
