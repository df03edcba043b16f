// Sums the JSON reports that `npm test` writes (Vitest projects and Playwright) into one line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const dir = 'reports';
for (const name of existsSync(dir)
  ? readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()
  : []) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  if (report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}
console.log(`${passed} passed, ${failed} failed`);
