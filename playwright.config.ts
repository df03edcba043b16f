import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Where the JSON report goes (E2E_REPORT overrides): a run nested in another test
// writes its own under .tmp/, so it neither replaces nor adds to the suite's reports/.
const REPORT = process.env.E2E_REPORT ?? 'reports/e2e.json';

// End-to-end tests run against the production build: `npm run build` (or `npm run test:site`,
// which builds content, fixtures and a copied article, then runs this) first; this serves out/.
export default defineConfig({
  testDir: 'tests/e2e',
  // The suite's build is of tests/fixtures/site.ts (FIXTURE_SITE=1): the specs read that site too.
  ...(process.env.FIXTURE_SITE === '1' && { tsconfig: './tests/fixtures/tsconfig.site.json' }),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Three on two cores: a test mostly waits on the browser and the server, so a third worker
  // fills the idle time (E2E_WORKERS overrides; measured in docs/performance.md).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  reporter: [['list'], ['json', { outputFile: REPORT }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    // Most readers are on phones.
    { name: 'phone', use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    // Applies out/_headers (CSP and the rest) as the CDN would.
    command: `node tests/static-server.mjs out ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
