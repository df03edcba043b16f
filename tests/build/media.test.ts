import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content';
import { OPTIMIZED_IMAGES_DIR } from '@/lib/optimize-image';
import { run, runAsync } from './run';

// The fixture article with a photograph and a diagram beside its text, built twice from a cold
// image cache: the first build encodes every file once, the second encodes nothing and writes
// the same bytes. Then the end-to-end tests of images (tests/e2e/media.spec.ts) run on it.

const DIR = '.tmp/media-site';
const PORT = '3351';
const REPORT = '.tmp/media-site-e2e.json';
const LOG = (n: number) => `.tmp/media-site-encodes-${n}.log`;
const tail = (text: string, lines = 80) => text.trimEnd().split('\n').slice(-lines).join('\n');

const lines = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};
const digests = () =>
  Object.fromEntries(
    readdirSync('out/media').map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join('out/media', f)))
        .digest('hex'),
    ]),
  );

let expected: string[] = [];
let first: Record<string, string> = {};

function build(n: number) {
  rmSync(LOG(n), { force: true });
  const { status, output } = run('npm', ['run', 'build'], DIR, { IMAGE_ENCODE_LOG: LOG(n) });
  if (status !== 0) throw new Error(`the media fixture did not build:\n${tail(output)}`);
}

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync('tests/fixtures/content/fixture-media-article', join(DIR, 'fixture-media-article'), { recursive: true });
  const articles = loadArticles(DIR, { drafts: false });
  expected = [
    ...new Set(
      articles.flatMap((a) => [
        ...[...a.media.values()].flatMap((m) => m.variants.map((v) => v.file)),
        ...Object.values(a.coverPhoto ?? {}).map((v) => v.file),
      ]),
    ),
  ].sort();
  rmSync(OPTIMIZED_IMAGES_DIR, { recursive: true, force: true });
  build(1);
  first = digests();
  build(2);
}, 420_000);

afterAll(() => rmSync('out', { recursive: true, force: true }));

describe('optimized images across builds', () => {
  it('writes every file the loader names, encoding each once', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(first).sort()).toEqual(expected);
    const encoded = lines(LOG(1)).map((l) => l.split(' ')[1]!);
    expect(encoded.sort()).toEqual(expected);
  });

  it('encodes nothing on a rebuild, and writes the same bytes', () => {
    expect(lines(LOG(2))).toEqual([]);
    expect(digests()).toEqual(first);
  });

  it('passes the end-to-end tests of images, which check something', async () => {
    rmSync(REPORT, { force: true });
    const { status, output } = await runAsync('npx', ['playwright', 'test', 'tests/e2e/media.spec.ts'], DIR, {
      E2E_PORT: PORT,
      E2E_REPORT: REPORT,
    });
    if (status !== 0) throw new Error(`tests/e2e/media.spec.ts failed on the media fixture:\n${tail(output)}`);
    const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
      stats: { expected: number; unexpected: number; skipped: number };
    };
    expect(report.stats).toMatchObject({ unexpected: 0, skipped: 0 });
    // One test of the policy, and the per-article ones: <picture>, files, three screens, twin and feed, cover.
    expect(report.stats.expected).toBeGreaterThanOrEqual(8);
  }, 300_000);
});
