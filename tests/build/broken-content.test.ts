import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCopy, run } from './run';

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
