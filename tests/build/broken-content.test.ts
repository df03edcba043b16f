import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

// A real `npm run build` over a copy of the content with one mistake in it.
const DIR = '.tmp/broken-content';

function buildWith(edit: (root: string) => void) {
  rmSync(DIR, { recursive: true, force: true });
  cpSync('content', DIR, { recursive: true });
  edit(DIR);
  const run = spawnSync('npm', ['run', 'build'], { env: { ...process.env, CONTENT_DIR: DIR }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run build on broken content', () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('fails when a section loses a required field, naming the file, the field and the fix', () => {
    const file = `${DIR}/ai-systems-architect-role/03-what-they-own.mdx`;
    const { status, output } = buildWith(() => {
      const source = readFileSync(file, 'utf8');
      const broken = source.replace(/^title: .*\n/m, '');
      expect(broken).not.toBe(source);
      writeFileSync(file, broken);
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}:1: field "title" is missing`);
    expect(output).toContain('Fix: add a line "title: …" to the frontmatter.');
  });
});
