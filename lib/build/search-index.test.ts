import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageUrl, writeSearchIndex } from './search-index.mjs';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

function site(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), html);
  }
  return out;
}

describe('pageUrl', () => {
  it.each([
    ['index.html', '/'],
    ['blog.html', '/blog'],
    ['blog/some-article.html', '/blog/some-article'],
    ['blog/tags/index.html', '/blog/tags'],
  ])('%s → %s', (file, url) => expect(pageUrl(file)).toBe(url));
});

describe('writeSearchIndex', () => {
  it('writes no index for an export with neither a search page nor an article body', async () => {
    const out = site({ 'index.html': page('<p>a page</p>') });
    expect(await writeSearchIndex(out)).toEqual({ pages: 0, files: 0 });
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
  });

  it('indexes only the pages with an article body, and ships no unused interface or worker', async () => {
    const out = site({
      'blog/one.html': page(
        '<nav>navigationword</nav><h1 data-pagefind-meta="title">One</h1><div data-pagefind-body="">bodyword</div>',
      ),
      'blog.html': page('<p>a listing that quotes data-pagefind-body= in its words</p>'),
    });
    expect(await writeSearchIndex(out)).toMatchObject({ pages: 1 });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(out, 'pagefind')).filter((f) => /ui|highlight|worker/.test(f))).toEqual([]);
  }, 60_000);

  it('stops the build when no page has an article body: search would never find anything', async () => {
    const out = site({ 'index.html': page('<p>no body here</p>'), 'search.html': page('<form></form>') });
    await expect(writeSearchIndex(out)).rejects.toThrow(
      /search index: no page in out\/ has data-pagefind-body, so \/search would never find anything\. Fix: /,
    );
  });
});
