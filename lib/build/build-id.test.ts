import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildId, buildIdSources } from './build-id.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-id-'));
  write('app/page.tsx', 'export default function Page() {}');
  write('lib/x.ts', 'export const x = 1;');
  write('content/site.ts', 'export const site = {};');
  write('content/first/article.mdx', '---\ntitle: One\n---');
  write('content/first/cover.png', 'png');
  write('package-lock.json', '{}');
  write('node_modules/react/index.js', '');
  write('.next/cache/x.json', '{}');
  write('out/index.html', '<html>');
  write('next-env.d.ts', '/// <reference types="next" />');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildIdSources', () => {
  it('lists the code and configuration, wherever it is, and nothing a build writes or an author’s words', () => {
    expect(buildIdSources(root)).toEqual(['app/page.tsx', 'content/site.ts', 'lib/x.ts', 'package-lock.json']);
  });
});

describe('buildId', () => {
  it('is the same for the same code, whatever the content or a build wrote', () => {
    const before = buildId(root, {});
    expect(before).toMatch(/^[0-9a-f]{20}$/);
    write('content/first/article.mdx', '---\ntitle: Two\n---');
    write('content/second/article.mdx', '---\ntitle: New\n---');
    write('out/index.html', '<html lang="en">');
    write('.next/cache/y.json', '{}');
    expect(buildId(root, {})).toBe(before);
  });
  it.each([
    ['a component edited', () => write('app/page.tsx', 'export default function Page() { return 1; }')],
    ['a module added in a new folder', () => write('styles/x.css', 'a{}')],
    ['the site config edited', () => write('content/site.ts', 'export const site = { url: 1 };')],
    ['the locked packages changed', () => write('package-lock.json', '{"a":1}')],
  ])('changes with %s', (_, change) => {
    const before = buildId(root, {});
    change();
    expect(buildId(root, {})).not.toBe(before);
  });
  it.each(['FIXTURE_SITE', 'KEEP_NEXT_RUNTIME', 'SITE_URL'])('changes with %s', (name) => {
    expect(buildId(root, { [name]: '1' })).not.toBe(buildId(root, {}));
  });
});
