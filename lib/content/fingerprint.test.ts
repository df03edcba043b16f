import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderFingerprint } from './fingerprint.cjs';

const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = new Date('2026-01-01T00:00:00Z');
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  utimesSync(join(dir, name), at, at);
};

describe('folderFingerprint', () => {
  it('is the same while nothing changes, and changes with an edit, a new file or a touch at any depth', () => {
    mkdirSync(join(dir, 'article'));
    write('article/01-a.mdx', 'one');
    const first = folderFingerprint(dir);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(folderFingerprint(dir)).toBe(first);

    write('article/01-a.mdx', 'two'); // same size, same time: the same fingerprint would miss it…
    expect(folderFingerprint(dir)).toBe(first);
    write('article/01-a.mdx', 'three'); // …so size and time are what it reads
    const edited = folderFingerprint(dir);
    expect(edited).not.toBe(first);

    write('article/02-b.mdx', 'b');
    const added = folderFingerprint(dir);
    expect(added).not.toBe(edited);

    utimesSync(join(dir, 'article/02-b.mdx'), at, new Date('2026-01-02T00:00:00Z'));
    expect(folderFingerprint(dir)).not.toBe(added);
  });

  it('is "missing" for a folder that does not exist', () => {
    expect(folderFingerprint(join(dir, 'none'))).toBe('missing');
  });
});
