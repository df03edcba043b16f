import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fixtureSite = fileURLToPath(new URL('./tests/fixtures/site.ts', import.meta.url));

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.ts',
            'tests/*.test.ts',
            'tests/bench/*.test.ts',
            'tests/site/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        // The facts of the built pages (HTML, JSON-LD, links, images, twins) read from out/ with
        // parse5, no browser: out/ must be built from CONTENT_DIR first (npm run test:site does,
        // then runs these before Playwright).
        extends: true,
        test: {
          name: 'static',
          include: ['tests/static/**/*.test.ts'],
          environment: 'node',
          // They read the site the suite built: tests/fixtures/site.ts (FIXTURE_SITE=1).
          ...(process.env.FIXTURE_SITE === '1' && { alias: { '@/content/site': fixtureSite } }),
          // Playwright's budget for each test these replace; a loaded two-core machine needs it.
          testTimeout: 30_000,
          // The files of a worker share one read of the content (the loader) and of each page,
          // instead of one a file: half the time. None mocks a module or changes global state.
          isolate: false,
        },
      },
      {
        // Runs real `next build`s on broken copies of the content: slow, so apart from the unit tests.
        extends: true,
        // One build at a time: they share .next/ and out/.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
