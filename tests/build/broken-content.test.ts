import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCopy, firstResponse, run, startDev } from './run';

describe('next build itself, without the prebuild check', () => {
  it('refuses a section that lost a required field, naming the file, the field and the fix', () => {
    const dir = contentCopy('broken-next-build');
    const file = `${dir}/ai-systems-architect-role/03-what-they-own.mdx`;
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/^title: .*\n/m, '');
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const { status, output } = run('npx', ['next', 'build'], dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:1: field "title" is missing`);
    expect(output).toContain('Fix: add a line "title: …" to the frontmatter.');
    expect(existsSync('out/blog/ai-systems-architect-role.html')).toBe(false);
  });
});

describe('npm run dev on content with a mistake', () => {
  it('answers with the error, naming the file, line, field and fix, instead of a half page', async () => {
    const broken = contentCopy('broken-dev');
    const file = `${broken}/ai-systems-architect-role/05-deliverables.mdx`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('eyebrow: Deliverables', 'eyebrow: ""'));
    const port = 3458;
    const dev = startDev(broken, port);
    try {
      const res = await firstResponse(`http://localhost:${port}/blog/ai-systems-architect-role`);
      expect(res?.status).toBe(500);
      const body = (await res!.text()).replace(/\\"/g, '"');
      expect(body).toContain(`${file}:2: field "eyebrow" expected at least 1 characters; found ""`);
      expect(body).not.toContain('The six core responsibilities');
    } finally {
      dev.stop();
    }
  }, 120_000);
});
