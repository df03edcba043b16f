import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { listFiles } from '@/lib/build/files.mjs';
import { OUT } from './out';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

// The W3C Nu Html Checker (vnu.jar, the validator.w3.org engine) over every page the build wrote.
// It needs Java: Debian's default-jre-headless (.ci/run installs it when missing).
it('the Nu Html Checker finds no error on any page of out/', () => {
  const pages = listFiles(OUT)
    .filter((f: string) => f.endsWith('.html'))
    .map((f: string) => `${OUT}/${f}`);
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
  // Java's start and a check of every page: seconds, more with many articles.
}, 180_000);
