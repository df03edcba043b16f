import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFolder } from './sealed-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cache-folder-'));
  for (const name of ['read', 'unreadable', 'kept', 'old']) writeFileSync(join(dir, name), name);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (file: string) => (file.endsWith('unreadable') ? undefined : file);

describe('cacheFolder', () => {
  it('keeps what the build got, set or kept, and prunes the rest', () => {
    const folder = cacheFolder(dir);
    expect(folder.get('read', load)).toBe(join(dir, 'read'));
    expect(folder.get('unreadable', load)).toBeUndefined();
    folder.set('new', (file) => writeFileSync(file, 'new'));
    folder.keep('kept');
    folder.prune();
    expect(readdirSync(dir).sort()).toEqual(['kept', 'new', 'read']);
  });
  it('leaves out an entry it cannot write, without an error, and prunes it if it was there', () => {
    const folder = cacheFolder(dir);
    folder.get('read', load);
    expect(() =>
      folder.set('old', () => {
        throw new Error('disk full');
      }),
    ).not.toThrow();
    folder.prune();
    expect(readdirSync(dir)).toEqual(['read']);
  });
  it('prunes nothing when the build used none of it, and nothing when there is no folder', () => {
    cacheFolder(dir).prune();
    expect(readdirSync(dir)).toHaveLength(4);
    const missing = join(dir, 'missing');
    const folder = cacheFolder(missing);
    folder.keep('x');
    expect(() => folder.prune()).not.toThrow();
    expect(existsSync(missing)).toBe(false);
  });
});
