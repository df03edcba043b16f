import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { META, section } from './fixtures';
import { articleParams, loadArticle, loadArticles } from './store';

// The store reads the content folder once and serves every later call from memory; outside a
// production build it reads again only when a file changed. CONTENT_LOAD_LOG counts the reads.
const root = mkdtempSync(join(tmpdir(), 'store-'));
const dir = join(root, 'content');
const log = join(root, 'loads.log');
const reads = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length;
const SECTION = join(dir, 'test-article', '01-overview.mdx');

beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'test-article'), { recursive: true });
  writeFileSync(join(dir, 'test-article', 'article.mdx'), META);
  writeFileSync(SECTION, section('eyebrow: Overview\ntitle: The first title', 'Some words.'));
  writeFileSync(log, '');
  process.env.CONTENT_LOAD_LOG = log;
});
afterAll(() => {
  delete process.env.CONTENT_LOAD_LOG;
  rmSync(root, { recursive: true, force: true });
});

describe('the content store', () => {
  it('reads the folder once for any number of calls, by every accessor', () => {
    const [first] = loadArticles(dir);
    for (let i = 0; i < 5; i++) loadArticles(dir);
    expect(loadArticle(first!.slug, dir)).toBe(first);
    expect(articleParams(dir)).toEqual([{ slug: first!.slug }]);
    expect(reads()).toBe(1);
  });

  it('reads again, once, after a file changes, and shows the edit', () => {
    expect(loadArticles(dir)[0]!.sections[0]!.title).not.toBe('An edited title');
    writeFileSync(SECTION, readFileSync(SECTION, 'utf8').replace(/^title: .*$/m, 'title: An edited title'));
    expect(loadArticles(dir)[0]!.sections[0]!.title).toBe('An edited title');
    loadArticles(dir);
    expect(reads()).toBe(2);
  });

  it('throws the same ContentError on every call while the content is broken, reading once', () => {
    writeFileSync(SECTION, readFileSync(SECTION, 'utf8').replace(/^title: .*\n/m, ''));
    const errors = [0, 1, 2].map(() => {
      try {
        loadArticles(dir);
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(errors[0]).toBeInstanceOf(ContentError);
    expect(errors[1]).toBe(errors[0]);
    expect((errors[0] as ContentError).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^field "title" is missing/),
    ]);
    expect(() => articleParams(dir)).toThrow(ContentError);
    expect(reads()).toBe(1);
  });

  it('has no article for an unknown slug', () => {
    expect(loadArticle('no-such-article', dir)).toBeUndefined();
  });
});
