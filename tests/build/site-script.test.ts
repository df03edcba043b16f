import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders, scriptHash } from '@/lib/build/headers.mjs';
import { authorEnv } from './run';

// A site-owned inline script added to the layout, in real `next build`s of a copy of the project
// (the project's own app/ is never touched): it either ships with its hash in the
// Content-Security-Policy or stops the build naming the page and the element; never silently gone.
// The copy lives under .tmp/ without a lockfile of its own, so Turbopack takes this project as
// its root and the copy's node_modules link stays inside it. About 30 s a build on 2 cores.
const COPY = '.tmp/site-script';
const CODE = "document.documentElement.dataset.theme='site-script-test'";
const PAGES = ['index.html', 'blog.html', 'blog/ai-systems-architect-role.html', '404.html'];
const SKIP = new Set(['node_modules', '.next', 'out', '.git', '.tmp', 'reports', 'test-results', 'package-lock.json']);
let layout = '';

/** Builds the copy with `script` as the first element of the layout's <body>. */
function buildWith(script: string) {
  const withScript = layout.replace(/<body\b[^>]*>/, (body) => `${body}\n${script}`);
  expect(withScript, 'the layout has a <body> to add the script to').not.toBe(layout);
  writeFileSync(join(COPY, 'app/layout.tsx'), withScript);
  rmSync(join(COPY, 'out'), { recursive: true, force: true });
  const result = spawnSync('npx', ['next', 'build'], { cwd: COPY, env: authorEnv('content'), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const out = (file: string) => readFileSync(join(COPY, 'out', file), 'utf8');
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  for (const entry of readdirSync('.').filter((name) => !SKIP.has(name)))
    cpSync(entry, join(COPY, entry), { recursive: true });
  symlinkSync('../../node_modules', join(COPY, 'node_modules'));
  // The cover images this project's builds already drew: the copy need not draw them again.
  if (existsSync('.next/cache/drawn-images'))
    cpSync('.next/cache/drawn-images', join(COPY, '.next/cache/drawn-images'), { recursive: true });
  layout = readFileSync(join(COPY, 'app/layout.tsx'), 'utf8');
});
afterAll(() => rmSync(COPY, { recursive: true, force: true }));

describe('a site-owned inline script added to the layout', () => {
  it('stops the build when not marked, naming every page and the element, and publishes nothing', () => {
    const { status, output } = buildWith(`<script dangerouslySetInnerHTML={{ __html: "${CODE}" }} />`);
    expect(status).not.toBe(0);
    expect(output).toContain('static output: stopping before changing any page:');
    for (const page of PAGES)
      expect(output).toMatch(
        new RegExp(
          `^out/${literal(page)}:1:\\d+: <script> holding "${literal(CODE)}" is an inline script that is not ` +
            literal("Next.js's runtime"),
          'm',
        ),
      );
    expect(existsSync(join(COPY, 'out/_headers')), 'no _headers: the build stopped before it').toBe(false);
    // A whole cold build of the copy: more than the suite's 3 minutes on a busy 2-core machine.
  }, 420_000);

  it('ships it when marked data-site-script, with its hash in the Content-Security-Policy', () => {
    const { status, output } = buildWith(
      `<script data-site-script="" dangerouslySetInnerHTML={{ __html: "${CODE}" }} />`,
    );
    expect(status, output).toBe(0);
    for (const page of PAGES) {
      const html = out(page);
      expect(html.split(`<script data-site-script="">${CODE}</script>`), page).toHaveLength(2);
      expect(html, page).not.toMatch(/__next_f|TURBOPACK|\/_next\/[^"']+\.js/);
    }
    const csp = parseHeaders(out('_headers'))[0]!.headers['Content-Security-Policy'];
    expect(csp).toContain(`script-src 'self' ${scriptHash(CODE)};`);
  }, 420_000);
});
