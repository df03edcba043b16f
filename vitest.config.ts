import { defineConfig } from 'vitest/config';

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
