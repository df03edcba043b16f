import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_DRAFT } from '../site/build-facts';
import { firstResponse, run, startDev } from './run';

// `npm run dev` as an author uses it, on a copy of a fixture article: an edit (frontmatter
// included) reaches the page; a mistake answers with the error (the overlay), said once in the
// terminal without a stack trace; fixing it brings the page back. Drafts (a fixture one and one
// that `npm run new` starts) show in dev, marked; the production build keeps them out
// (tests/static/build.test.ts).
const DIR = '.tmp/dev-content';
const SLUG = 'fixture-every-feature';
const DRAFT = 'fixture-draft-article';
const PORT = 3459;
const SECTION = `${DIR}/${SLUG}/02-table.mdx`;
const url = `http://localhost:${PORT}/blog/${SLUG}`;
let dev: ReturnType<typeof startDev>;
let original = '';

const edit = (from: RegExp | string, to: string) => {
  const next = original.replace(from, to);
  expect(next, 'the edit applies').not.toBe(original);
  writeFileSync(SECTION, next);
};
/** The page once it shows what `ready` looks for (the watcher needs a moment after a save). */
async function pageWhen(ready: (status: number, body: string) => boolean) {
  for (let i = 0; i < 40; i++) {
    const res = await fetch(url);
    // The error travels in the page's script payload, JSON-escaped.
    const body = (await res.text())
      .replace(/\\+"/g, '"')
      .replace(/\\u0026/g, '&')
      .replace(/\\u003c/g, '<');
    if (ready(res.status, body)) return { status: res.status, body };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('npm run dev never showed the change');
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  cpSync(`tests/fixtures/content/${SLUG}`, `${DIR}/${SLUG}`, { recursive: true });
  cpSync(`tests/fixtures/content/${DRAFT}`, `${DIR}/${DRAFT}`, { recursive: true });
  const made = run('npm', ['run', 'new', '--', NEW_DRAFT.title], DIR);
  if (made.status !== 0) throw new Error(`npm run new failed:\n${made.output}`);
  original = readFileSync(SECTION, 'utf8');
  dev = startDev(DIR, PORT);
  expect((await firstResponse(url))?.status).toBe(200);
}, 120_000);
afterAll(() => {
  dev?.stop();
  rmSync(DIR, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows drafts, a fixture one and one npm run new started, marked as drafts, and lists them', async () => {
    const draft = await fetch(`http://localhost:${PORT}/blog/${DRAFT}`);
    expect(draft.status).toBe(200);
    const html = await draft.text();
    expect(html).toContain('A Draft That Must Never Reach Production');
    expect(html).toContain('Draft: shown by npm run dev only');
    const listing = await (await fetch(`http://localhost:${PORT}/blog`)).text();
    expect(listing).toContain(`/blog/${DRAFT}`);
    expect(listing).toContain(`/blog/${NEW_DRAFT.slug}`);
    const made = await fetch(`http://localhost:${PORT}/blog/${NEW_DRAFT.slug}`);
    expect(made.status, 'the npm run new draft').toBe(200);
    const page = await made.text();
    expect(page).toContain(NEW_DRAFT.title);
    expect(page).toContain('Draft: shown by npm run dev only');
  }, 120_000);

  it('shows a frontmatter edit on the open page', async () => {
    edit(/^eyebrow: .*$/m, 'eyebrow: Relabelled');
    const { status } = await pageWhen((_, html) => html.includes('Section 02 · Relabelled'));
    expect(status).toBe(200);
  });

  it('answers a frontmatter mistake with the error, said once in the terminal, without a stack trace', async () => {
    const before = dev.output().length;
    edit(/^eyebrow: .*$/m, 'eyebrow: ""');
    const problem = `${SECTION}:2: field "eyebrow" expected at least 1 characters; found "".`;
    const { status, body } = await pageWhen((s) => s === 500);
    expect(status).toBe(500);
    expect(body).toContain(problem);
    expect(body).not.toContain('Every row has as many cells');
    await fetch(url); // a second request does not say it again
    const printed = dev.output().slice(before);
    expect(printed.split(problem).length - 1, printed).toBe(1);
    expect(printed).not.toMatch(/^\s+at .*lib\/content\//m);
  });

  it.each([
    [
      'a < before a digit',
      'Every row has',
      'Latency p95 <200ms. Every row has',
      '6:14',
      'Fix: write &lt; for a literal "<"',
    ],
    ['a stray {', 'Every row has', 'Costs { vary. Every row has', '6:7', 'for a literal "{", or close what was opened'],
    [
      'a component left open',
      'See the [case study]',
      '<QuickAnswer>\n\nSee the [case study]',
      '13:1',
      'Fix: put the opening and the closing tag',
    ],
  ])('answers %s with file, line, column and fix', async (_, from, to, place, fix) => {
    edit(from, to);
    const { body } = await pageWhen((s, html) => s === 500 && html.includes(`${SECTION}:${place}: MDX syntax error`));
    expect(body).toContain(fix);
  });

  it('shows the page again once the mistake is fixed', async () => {
    writeFileSync(SECTION, original);
    const { body } = await pageWhen((s) => s === 200);
    expect(body).toContain('A table with row headers');
  });
});
