import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, siteOwner, type Article } from '@/lib/content';
import { META, section } from '@/lib/content/fixtures';
import { moveMarkdownTwins } from '../build/markdown-twins.mjs';
import { FEED_SIZE, rssDate, rssFeed } from './feed';
import { llmsTxt } from './llms';
import { sitemapEntries } from './sitemap';
import { escapeXml } from '../xml';

const ORIGIN = 'https://example.test';

function article(meta = META): Article {
  return parseArticle('content/t', [
    { name: 'article.mdx', source: meta },
    { name: '01-a.mdx', source: section('eyebrow: A\ntitle: A heading') },
  ]);
}

const older = article(
  META.replace('test-article', 'older-one')
    .replace('A test article headline', 'Fish & <chips> "quoted"')
    .replace('2026-01-05T09:00:00+00:00', '2025-06-01T09:00:00+00:00')
    .replace('2026-02-01T10:30:00+05:00', '2025-07-01T09:00:00Z'),
);

describe('escapeXml', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
  ])('%s → %s', (input, expected) => expect(escapeXml(input)).toBe(expected));

  it('refuses a control character XML cannot carry', () => {
    expect(() => escapeXml('bell\u0007')).toThrow(/control character/);
  });
});

describe('rssFeed', () => {
  const xml = rssFeed([article(), older], ORIGIN);

  it('is RSS 2.0 with a self link and one item per article', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain(`<atom:link href="${ORIGIN}/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain(`<link>${ORIGIN}/blog/test-article</link>`);
    expect(xml).toContain('<pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Sun, 01 Feb 2026 05:30:00 GMT</lastBuildDate>');
  });

  it('escapes article text', () => {
    expect(xml).toContain('<title>Fish &amp; &lt;chips&gt; &quot;quoted&quot;</title>');
  });

  it('is still valid with no articles', () => {
    expect(rssFeed([], ORIGIN)).not.toContain('<item>');
  });

  it(`carries only the newest ${FEED_SIZE} articles, newest first, however many there are`, () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return { ...article(), slug: `a-${i}`, path: `/blog/a-${i}`, published: `2026-01-${day}T09:00:00+00:00` };
    });
    const links = [...rssFeed(many, ORIGIN).matchAll(/<item>[\s\S]*?<link>(.*?)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(Array.from({ length: FEED_SIZE }, (_, i) => `${ORIGIN}/blog/a-${FEED_SIZE + 4 - i}`));
  });

  it('dates in RFC 822, in GMT', () =>
    expect(rssDate('2026-03-10T09:00:00+05:00')).toBe('Tue, 10 Mar 2026 04:00:00 GMT'));
});

describe('llmsTxt', () => {
  it('names the site and links each article’s Markdown twin', () => {
    const txt = llmsTxt([article()], ORIGIN, siteOwner());
    expect(txt.split('\n')[0]).toBe('# Mudassir Khan');
    expect(txt).toMatch(/^> Mudassir Khan designs production AI systems/m);
    expect(txt).toContain(`- [A test article headline](${ORIGIN}/blog/test-article.md): A description long enough`);
  });

  it('lists every tag page with its count, and the topic index', () => {
    const txt = llmsTxt([article(), older], ORIGIN, siteOwner());
    expect(txt).toContain(
      `## Topics\n\n- [AI Systems](${ORIGIN}/blog/tags/ai-systems): 2 articles\n- [Testing](${ORIGIN}/blog/tags/testing): 2 articles\n`,
    );
    expect(txt).toContain(`- [All topics](${ORIGIN}/blog/tags)`);
    expect(txt).toContain(`- [Search](${ORIGIN}/search)`);
  });

  it('lists the pages by their HTML address under Pages, and leaves the heading out when there are none', () => {
    const pages = [{ path: '/about', headline: 'About him', description: 'Who he is.' }];
    expect(llmsTxt([article()], ORIGIN, siteOwner(), { pages })).toContain(
      `## Pages\n\n- [About him](${ORIGIN}/about): Who he is.\n`,
    );
    expect(llmsTxt([article()], ORIGIN, siteOwner())).not.toContain('## Pages');
  });
});

describe('sitemapEntries', () => {
  const NEW = '2026-02-01T10:30:00+05:00';
  it('lists home, blog, the topics, each tag and each article, with lastmod from the content', () => {
    expect(sitemapEntries([article(), older], ORIGIN)).toEqual([
      { url: ORIGIN, lastModified: NEW },
      { url: `${ORIGIN}/blog`, lastModified: NEW },
      { url: `${ORIGIN}/blog/tags`, lastModified: NEW },
      { url: `${ORIGIN}/blog/tags/ai-systems`, lastModified: NEW },
      { url: `${ORIGIN}/blog/tags/testing`, lastModified: NEW },
      { url: `${ORIGIN}/search`, lastModified: NEW },
      { url: `${ORIGIN}/blog/test-article`, lastModified: NEW },
      { url: `${ORIGIN}/blog/older-one`, lastModified: '2025-07-01T09:00:00Z' },
    ]);
  });

  it('lists every later page of /blog and of each tag, and a tag’s lastmod is its own newest', () => {
    const hiring = article(
      META.replace('test-article', 'hiring-one').replace('tags: [Testing, AI Systems]', 'tags: [Hiring]'),
    );
    const urls = sitemapEntries([article(), hiring, older], ORIGIN, { size: 1 });
    expect(urls.map((u) => u.url.slice(ORIGIN.length))).toEqual([
      '',
      '/blog',
      '/blog/page/2',
      '/blog/page/3',
      '/blog/tags',
      '/blog/tags/ai-systems',
      '/blog/tags/ai-systems/page/2',
      '/blog/tags/hiring',
      '/blog/tags/testing',
      '/blog/tags/testing/page/2',
      '/search',
      '/blog/test-article',
      '/blog/hiring-one',
      '/blog/older-one',
    ]);
    expect(urls.find((u) => u.url.endsWith('/blog/tags/testing/page/2'))?.lastModified).toBe(NEW);
  });

  it('adds each page with its own lastmod, and a listing without one with the newest article’s', () => {
    const others = [{ path: '/about', updated: '2026-03-01T00:00:00Z' }, { path: '/case-studies' }];
    expect(sitemapEntries([article()], ORIGIN, { others }).slice(-2)).toEqual([
      { url: `${ORIGIN}/about`, lastModified: '2026-03-01T00:00:00Z' },
      { url: `${ORIGIN}/case-studies`, lastModified: '2026-02-01T10:30:00+05:00' },
    ]);
  });

  it('has no lastmod to give when there are no articles', () => {
    expect(sitemapEntries([], ORIGIN)).toEqual([
      { url: ORIGIN },
      { url: `${ORIGIN}/blog` },
      { url: `${ORIGIN}/blog/tags` },
      { url: `${ORIGIN}/search` },
    ]);
  });
});

describe('moveMarkdownTwins', () => {
  const tree = (files: string[]) => {
    const out = mkdtempSync(join(tmpdir(), 'twins-'));
    for (const f of files) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), f);
    }
    return out;
  };

  it('moves <page>/index.md beside the page and keeps the folder while it holds other files', () => {
    const out = tree(['blog/a/index.md', 'blog/a/cover-og.png', 'blog/b/index.md', 'blog/a.html']);
    expect(moveMarkdownTwins(out)).toEqual([
      { from: 'blog/a/index.md', to: 'blog/a.md' },
      { from: 'blog/b/index.md', to: 'blog/b.md' },
    ]);
    expect(readdirSync(join(out, 'blog')).sort()).toEqual(['a', 'a.html', 'a.md', 'b.md']);
  });

  it('leaves a top-level index.md alone', () => {
    const out = tree(['index.md']);
    expect(moveMarkdownTwins(out)).toEqual([]);
    expect(readdirSync(out)).toEqual(['index.md']);
  });

  it('refuses to overwrite an existing file', () => {
    const out = tree(['blog/a/index.md', 'blog/a.md']);
    expect(() => moveMarkdownTwins(out)).toThrow(/blog\/a\.md already exists/);
  });
});
