import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIR, MISTAKES, writeMistakes } from './mistakes';
import { run } from './run';

// Every kind of content mistake, each in its own copy of a fixture article, in one content folder.
// `npm run check` and the real build (`next build` alone: npm run build only clears out/ first)
// must each fail on every one of them, saying file, line and fix, and leave no out/ behind.
const where = (name: string, expected: RegExp) => new RegExp(`${DIR.replace('.', '\\.')}/${name}/${expected.source}`);

let names: string[] = [];
beforeAll(() => {
  names = writeMistakes();
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('content with every kind of mistake', () => {
  it('fails npm run check, which names each mistake with file, line and fix', () => {
    const { status, output } = run('npm', ['run', 'check'], DIR);
    expect(status).toBe(1);
    MISTAKES.forEach(([kind, , expected], i) => expect(output, kind).toMatch(where(names[i]!, expected)));
  });

  it('fails the build, which names each mistake with file, line and fix, and leaves no out/', () => {
    mkdirSync('out', { recursive: true });
    writeFileSync('out/index.html', 'a stale build');
    // TYPECHECKED: `npm test` type-checked the project before (next.config.mjs).
    const { status, output } = run('npm', ['run', 'build'], DIR, { TYPECHECKED: '1' });
    expect(status).not.toBe(0);
    MISTAKES.forEach(([kind, , expected], i) => expect(output, kind).toMatch(where(names[i]!, expected)));
    expect(output, 'no stack trace of the loader').not.toMatch(/^\s+at .*lib\/content\//m);
    expect(existsSync('out'), 'no out/ is left behind').toBe(false);
  });
});
