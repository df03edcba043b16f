import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
import { listFiles } from '@/lib/build/files.mjs';

// The W3C Nu Html Checker (vnu.jar, the validator.w3.org engine) over every page the build wrote.
// It needs Java: Debian's default-jre-headless (.ci/run installs it when missing).
test('the Nu Html Checker finds no error on any page of out/', () => {
  const pages = listFiles('out')
    .filter((f) => f.endsWith('.html'))
    .map((f) => `out/${f}`);
  expect(pages.length).toBeGreaterThan(2);
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...pages], {
    encoding: 'utf8',
  });
  expect(run.error, 'java is needed: apt-get install default-jre-headless').toBeUndefined();
  const { messages } = JSON.parse(run.stderr) as {
    messages: { type: string; url: string; message: string; extract?: string }[];
  };
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  expect(errors.map((m) => `${m.url.replace(/^.*\/out\//, 'out/')}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
  expect(run.status).toBe(0);
});
