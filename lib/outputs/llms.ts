import { site } from '@/content/site';
import type { Article } from '@/lib/content';
import { paths } from '@/lib/paths';
import { languageName } from '@/lib/language';
import { absoluteUrl } from '@/lib/site-url';
import { collectTags, type Tag } from '@/lib/listing/tags';

/** /llms.txt (llmstxt.org): what the site is, and a link to each article's Markdown twin. */
export function llmsTxt(
  articles: readonly Article[],
  origin: string,
  owner: { name: string; jobTitle: string },
  {
    tags = collectTags(articles),
    pages = [],
    translations = [],
  }: {
    /** The published translations, each by its Markdown twin, with its language. */
    translations?: readonly Article[];
    tags?: readonly Tag[];
    /** The marketing pages and case studies, listed by their HTML pages (they have no Markdown twin). */
    pages?: readonly { path: string; headline: string; description: string }[];
  } = {},
): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  return [
    `# ${site.name}`,
    '',
    `> ${oneLine(site.description)}`,
    '',
    `${owner.name} is an ${owner.jobTitle}. Each article below has a clean Markdown version (the same text as the page, with tables and FAQ) at the page's address with .md appended.`,
    '',
    '## Articles',
    '',
    ...articles.map(
      (a) =>
        `- [${oneLine(a.headline)}](${absoluteUrl(paths.markdownTwin(a.path), origin)}): ${oneLine(a.description)}`,
    ),
    '',
    ...(translations.length
      ? [
          '## Translations',
          '',
          ...translations.map(
            (t) =>
              `- [${oneLine(t.headline)}](${absoluteUrl(paths.markdownTwin(t.path), origin)}) (${t.language}, ${languageName(t.language)}; a translation of ${absoluteUrl(paths.markdownTwin(t.versions.find((v) => v.original)?.path ?? t.coverPath), origin)}): ${oneLine(t.description)}`,
          ),
          '',
        ]
      : []),
    ...(pages.length
      ? [
          '## Pages',
          '',
          ...pages.map((p) => `- [${oneLine(p.headline)}](${absoluteUrl(p.path, origin)}): ${oneLine(p.description)}`),
          '',
        ]
      : []),
    '## Topics',
    '',
    ...tags.map(
      (t) =>
        `- [${oneLine(t.name)}](${absoluteUrl(t.path, origin)}): ${t.articles.length} article${t.articles.length === 1 ? '' : 's'}`,
    ),
    '',
    '## Site',
    '',
    `- [Home](${absoluteUrl('/', origin)}): who ${owner.name} is and how to work with him`,
    `- [All articles](${absoluteUrl(paths.blog, origin)})`,
    `- [All topics](${absoluteUrl(paths.tags, origin)})`,
    `- [Search](${absoluteUrl(paths.search, origin)}): full-text search of the articles (needs JavaScript)`,
    `- [RSS feed](${absoluteUrl(paths.feed, origin)})`,
    '',
  ].join('\n');
}
