import { site } from '@/content/site';
import type { Article } from '@/lib/content';
import { articleCover } from '@/lib/media/media';
import { MIME } from '@/lib/media/media';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';
import { escapeXml } from '@/lib/xml';

/** RFC 822 date for RSS, e.g. "Tue, 10 Mar 2026 09:00:00 GMT". */
export const rssDate = (iso: string) => new Date(iso).toUTCString();

/** How many articles the feed carries: the newest, so its size does not grow with the site. */
export const FEED_SIZE = 20;

/** The site's RSS 2.0 feed: the newest FEED_SIZE published articles, newest first. */
export function rssFeed(articles: readonly Article[], origin: string): string {
  const home = absoluteUrl('/', origin);
  const self = absoluteUrl(paths.feed, origin);
  const newest = [...articles].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated))[0];
  const latest = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published)).slice(0, FEED_SIZE);
  const items = latest.map((a) => {
    const url = absoluteUrl(a.path, origin);
    return [
      '    <item>',
      `      <title>${escapeXml(a.headline)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <description>${escapeXml(a.description)}</description>`,
      `      <dc:creator>${escapeXml(a.author.name)}</dc:creator>`,
      `      <pubDate>${rssDate(a.published)}</pubDate>`,
      ...a.tags.map((t) => `      <category>${escapeXml(t)}</category>`),
      ...mediaContent(a, origin),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    `    <title>${escapeXml(site.name)}</title>`,
    `    <link>${escapeXml(home)}</link>`,
    `    <description>${escapeXml(site.description)}</description>`,
    `    <language>${site.language}</language>`,
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rssDate(newest.updated)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * The article's images as Media RSS elements (what feed readers show as its pictures): the cover
 * photo's 16:9 crop first when it has one (articleCover), then each image of the text, as its largest JPEG or PNG file.
 */
function mediaContent(article: Article, origin: string): string[] {
  const cover = articleCover(article);
  const files = [...(cover.photo ? [cover.images['16x9']] : []), ...[...article.media.values()].map((m) => m.largest)];
  return files.map(
    (f) =>
      `      <media:content url="${escapeXml(absoluteUrl(f.path, origin))}" medium="image" type="${MIME[f.format]}" width="${f.width}" height="${f.height}"/>`,
  );
}
