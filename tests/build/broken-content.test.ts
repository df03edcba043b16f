import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCopy, firstResponse, run, startDev } from './run';

// The mistakes are made in the fixture article (tests/fixtures/content), built beside the site's
// content, so that the site's own articles can change freely.
const ARTICLE = 'fixture-second-article';

describe('next build itself, without the prebuild check', () => {
  it('refuses a section that lost a required field, naming the file, the field and the fix', () => {
    const dir = contentCopy('broken-next-build', { fixtures: true });
    const file = `${dir}/${ARTICLE}/01-overview.mdx`;
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/^title: .*\n/m, '');
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const { status, output } = run('npx', ['next', 'build'], dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:1: field "title" is missing`);
    expect(output).toContain('Fix: add a line "title: …" to the frontmatter.');
    expect(existsSync(`out/blog/${ARTICLE}.html`)).toBe(false);
  });
});

describe('npm run dev on content with a mistake', () => {
  it('answers with the error, naming the file, line, field and fix, instead of a half page', async () => {
    const broken = contentCopy('broken-dev', { fixtures: true });
    const file = `${broken}/${ARTICLE}/02-faq.mdx`;
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('eyebrow: FAQ');
    writeFileSync(file, source.replace('eyebrow: FAQ', 'eyebrow: ""'));
    const port = 3458;
    const dev = startDev(broken, port);
    try {
      const res = await firstResponse(`http://localhost:${port}/blog/${ARTICLE}`);
      expect(res?.status).toBe(500);
      const body = (await res!.text()).replace(/\\"/g, '"');
      expect(body).toContain(`${file}:2: field "eyebrow" expected at least 1 characters; found ""`);
      // Not even the sections without a mistake.
      expect(body).not.toContain('What a folder gets');
    } finally {
      dev.stop();
    }
  }, 120_000);
});
