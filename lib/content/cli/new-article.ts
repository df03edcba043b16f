import { urlSlug } from '@/lib/slug';
import { siteOwner } from '../kinds/article';
import type { SourceFile } from '../files';

/** An ISO 8601 date and time with the machine's own timezone offset: 2026-11-25T16:20:00+05:00. */
export function localIsoDateTime(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(offset / 60)}:${pad(offset % 60)}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * The files of a new draft article (`npm run new -- "Title"`): metadata that passes every check
 * as it stands (draft: true keeps it out of the production build until the author removes it),
 * and a first section to write in. Throws when the title cannot make a valid article.
 */
export function newArticle(title: string, now: Date = new Date()): { folder: string; files: SourceFile[] } {
  const headline = title.trim().replace(/\s+/g, ' ');
  const slug = urlSlug(headline);
  if (headline.length < 10 || headline.length > 70)
    throw new Error(
      `the title has ${headline.length} characters; a new article’s title must have 10 to 70 (it is the page's <title>). Fix: give a title of that length; a longer headline can be set in article.mdx afterwards.`,
    );
  if (!slug)
    throw new Error(
      'the title has no Latin letters or digits to make the URL from. Fix: start with a title that has some; the slug can be changed in article.mdx.',
    );
  const date = localIsoDateTime(now);
  const meta = [
    '---',
    '# A draft: npm run dev shows it; remove "draft: true" to publish it.',
    `slug: ${slug}`,
    `headline: ${yamlString(headline)}`,
    `title: ${yamlString(headline)}`,
    `description: ${yamlString(`A draft about “${headline}”: replace this with one sentence for search results.`)}`,
    `author: ${siteOwner().id}`,
    `published: ${date}`,
    `updated: ${date}`,
    'tags: [Draft]',
    'draft: true',
    '---',
    '',
  ].join('\n');
  const section = [
    '---',
    'eyebrow: Introduction',
    `title: ${yamlString(headline)}`,
    '---',
    '',
    'Write the first section here. Each section is a file, 01-name.mdx, 02-name.mdx…, shown in that order.',
    '',
  ].join('\n');
  return {
    folder: slug,
    files: [
      { name: 'article.mdx', source: meta },
      { name: '01-introduction.mdx', source: section },
    ],
  };
}
