import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFiles } from '@/lib/build/files.mjs';
import { OUT } from './out';
import { probePage } from './probe';

// The W3C Nu Html Checker (vnu.jar, the validator.w3.org engine) over every page the build wrote.
// It needs Java: Debian's default-jre-headless (.ci/run installs it when missing).
// Kept beside html-validate (html.test.ts) because each catches what the other misses: this one
// checks the syntax of attribute values (srcset, sizes, <time datetime>, URLs, lang, ARIA roles and
// aria-* values, a label's for=, table columns, SVG content), html-validate authoring and
// accessibility rules (inline styles, empty headings, aria-hidden on focusable elements…). The
// comment at the top of html.test.ts says how that was found; the probes below keep a few.

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** Pages with one mistake each that html-validate passes, and the words of the error the Nu checker gives. */
const PROBES: Record<string, [snippet: string, error: RegExp | undefined]> = {
  valid: ['<p>x</p>', undefined],
  srcset: ['<img src="/a.png" srcset="/a.png 100, /b.png 2q" alt="x" width="1" height="1"/>', /attribute “srcset”/],
  sizes: ['<img src="/a.png" srcset="/a.png 100w" sizes="banana" alt="x" width="1" height="1"/>', /attribute “sizes”/],
  datetime: ['<time datetime="yesterday">then</time>', /attribute “datetime”/],
  'aria-current': ['<a href="/" aria-current="yes-please">x</a>', /attribute “aria-current”/],
  role: ['<div role="bogus">x</div>', /attribute “role”/],
};

const probes = mkdtempSync(join(tmpdir(), 'nu-probes-'));
afterAll(() => rmSync(probes, { recursive: true, force: true }));

type Message = { type: string; url: string; message: string; extract?: string };
let run: { status: number | null; errors: Message[] };

// One Java start for the pages and the probes: Java's start and a check of every page take
// seconds, more with many articles.
beforeAll(() => {
  const pages = listFiles(OUT)
    .filter((f: string) => f.endsWith('.html'))
    .map((f: string) => `${OUT}/${f}`);
  expect(pages.length).toBeGreaterThan(2);
  for (const [name, [snippet]] of Object.entries(PROBES))
    writeFileSync(join(probes, `${name}.html`), probePage(snippet));
  const probeFiles = Object.keys(PROBES).map((name) => join(probes, `${name}.html`));
  const result = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...pages, ...probeFiles], {
    encoding: 'utf8',
  });
  expect(result.error, 'java is needed: apt-get install default-jre-headless').toBeUndefined();
  const { messages } = JSON.parse(result.stderr) as { messages: Message[] };
  run = {
    status: result.status,
    errors: messages.filter((m) => m.type === 'error' || m.type === 'non-document-error'),
  };
}, 180_000);

const isProbe = (m: Message) => m.url.includes(probes);

it('the Nu Html Checker finds no error on any page of out/', () => {
  const errors = run.errors.filter((m) => !isProbe(m));
  expect(errors.map((m) => `${m.url.replace(/^.*\/out\//, 'out/')}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
});

it.each(Object.entries(PROBES))(
  'the Nu Html Checker, on the %s probe page, reports what html-validate passes',
  (name, [, error]) => {
    // Exit status 1: errors were found (the probes'), not a failure to run.
    expect(run.status).toBe(1);
    const found = run.errors.filter((m) => m.url.endsWith(`/${name}.html`) && isProbe(m)).map((m) => m.message);
    if (error) expect(found).toEqual([expect.stringMatching(error)]);
    else expect(found).toEqual([]);
  },
);
