import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loader = createRequire(import.meta.url)('./content-watch-loader.cjs') as (this: unknown) => string;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'watch-loader-'));
  writeFileSync(join(root, 'a.mdx'), 'text');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** Runs the loader as Turbopack would, collecting the folders it asks to watch. */
function run() {
  const watched: string[] = [];
  const source = loader.call({ rootContext: root, addContextDependency: (dir: string) => watched.push(dir) });
  return { source, watched };
}

describe('content-watch-loader', () => {
  it('under next dev, watches the content and public folders and exports their fingerprint', () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENT_DIR', root);
    const { source, watched } = run();
    expect(watched).toEqual([root, join(root, 'public')]);
    expect(source).toMatch(/^const edits: string = "[0-9a-f]{16}\.missing";/);
    writeFileSync(join(root, 'a.mdx'), 'an edit');
    expect(run().source).not.toBe(source);
  });
  it('under next build, watches nothing and exports a constant: an article’s edit is no change to the code', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', root);
    const { source, watched } = run();
    expect(watched).toEqual([]);
    writeFileSync(join(root, 'a.mdx'), 'an edit');
    expect(run().source).toBe(source);
    expect(source).toContain(`const edits: string = 'build';`);
  });
});
