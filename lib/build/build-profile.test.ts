import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProfileLine } from '@/tests/bench/scale.mjs';
import { PROFILE_ENV, ROUTE_KINDS, profileLine, profiled } from './build-profile';

const dir = mkdtempSync(join(tmpdir(), 'build-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('profileLine', () => {
  it.each([
    ['twin', '/blog/a.md', 12.345, 'twin\t/blog/a.md\t12.3\t1796616554802\n'],
    ['cover-og', '/blog/a/cover-og.png', 0, 'cover-og\t/blog/a/cover-og.png\t0.0\t1796616554802\n'],
    ['image', '/media/x\ty\nz.avif', 1500.06, 'image\t/media/x y z.avif\t1500.1\t1796616554802\n'],
  ] as const)('writes %s %j %d as one tab-separated line', (kind, path, ms, line) => {
    expect(profileLine(kind, path, ms, 1796616554802.4)).toBe(line);
  });

  it('is read back by the benchmark as it was written, for every kind', () => {
    for (const kind of ROUTE_KINDS) {
      expect(parseProfileLine(profileLine(kind, '/p', 3.25, 1000).trimEnd())).toEqual({
        kind,
        path: '/p',
        ms: 3.3,
        start: 1000,
      });
    }
  });
});

describe('profiled', () => {
  it('only runs the work when the variable is not set: no file, the same result', async () => {
    const file = join(dir, 'none.log');
    expect(await profiled('twin', '/a.md', () => 'text', {})).toBe('text');
    expect(await profiled('twin', '/a.md', () => Promise.resolve(7), { [PROFILE_ENV]: '' })).toBe(7);
    expect(() => readFileSync(file)).toThrow();
  });

  it('appends one line a call with the time the work took', async () => {
    const file = join(dir, 'routes.log');
    const env = { [PROFILE_ENV]: file };
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('drawn'), 30));
    expect(await profiled('cover-1x1', '/blog/a/cover-1x1.png', slow, env)).toBe('drawn');
    expect(await profiled('twin', '/blog/a.md', () => 'md', env)).toBe('md');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map(parseProfileLine);
    expect(lines.map((l) => [l?.kind, l?.path])).toEqual([
      ['cover-1x1', '/blog/a/cover-1x1.png'],
      ['twin', '/blog/a.md'],
    ]);
    expect(lines[0]!.ms).toBeGreaterThanOrEqual(25);
    expect(lines[1]!.start).toBeGreaterThanOrEqual(lines[0]!.start! + 25);
  });

  it('writes nothing for work that fails, and passes the error on', async () => {
    const file = join(dir, 'failed.log');
    const fail = () => Promise.reject(new Error('encoder broke'));
    await expect(profiled('image', '/media/x.avif', fail, { [PROFILE_ENV]: file })).rejects.toThrow('encoder broke');
    expect(() => readFileSync(file)).toThrow();
  });
});
