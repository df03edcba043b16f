import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Links are plain <a> on purpose: every page is a static document that works without
      // JavaScript, so client-side navigation (next/link) would only add script.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Turbopack loads webpack-style loaders with require(), so they are CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', '.tmp/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
