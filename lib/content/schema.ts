import { z } from 'zod';
import { site, type AuthorId } from '@/content/site';

// Each field's .describe() text is its documentation and is quoted in error messages,
// so an author who gets a field wrong is told what the field is for.

/** ISO 8601 date and time with a timezone, as Google asks for: 2026-03-10T09:00:00+00:00 or …Z. */
const isoDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    'expected a date, time and timezone such as 2026-03-10T09:00:00+00:00',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real calendar date');

const text = (min: number, max: number) =>
  z.string().trim().min(min, `expected at least ${min} characters`).max(max, `expected at most ${max} characters`);

const authorIds = Object.keys(site.authors) as [AuthorId, ...AuthorId[]];

/** article.mdx: one per article folder, metadata only. */
export const articleMetaSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens')
      .describe('the URL segment, /blog/<slug>: lower-case words joined by hyphens, unique across articles'),
    headline: text(10, 160).describe("the page's h1 and the BlogPosting headline"),
    title: text(10, 70).describe('the <title> and social title, at most 70 characters so search results show it whole'),
    description: text(50, 160).describe('the meta description and social summary, 50 to 160 characters'),
    author: z
      .enum(authorIds, { error: `expected one of: ${authorIds.join(', ')}` })
      .describe('the key of an author in content/site.ts (authors)'),
    published: isoDateTime.describe('first publication: date, time and timezone, e.g. 2026-03-10T09:00:00+00:00'),
    updated: isoDateTime.describe('last meaningful edit: date, time and timezone, not before published'),
    tags: z
      .array(text(1, 40))
      .min(1, 'expected at least one tag')
      .describe('topics, shown on the page and used as keywords: a YAML list such as [AI Architecture, Hiring]'),
    featured: z
      .boolean()
      .optional()
      .describe(
        'true makes this the article the home page leads with ("Start here"); if several are, the newest of them',
      ),
    cover: z
      .string()
      .regex(/^\.\/[^/]+$/, 'expected an image in this folder, written ./name.png')
      .optional()
      .describe(
        "an image in the article's folder (./photo.jpg, at least 1200×1200 px) that becomes its Open Graph and search cover, cropped to 1200×630, 16:9, 4:3 and 1:1, instead of the drawn cover",
      ),
    draft: z
      .boolean()
      .optional()
      .describe(
        'true keeps the article out of the production build, sitemap, feed and llms.txt; npm run dev still shows it',
      ),
  })
  .refine((m) => Date.parse(m.updated) >= Date.parse(m.published), {
    path: ['updated'],
    message: 'is before published',
  });

/** NN-name.mdx: one section of an article, in file-name order. */
export const sectionMetaSchema = z.strictObject({
  eyebrow: text(1, 40).describe('the short label above the heading, shown as "Section 01 · <eyebrow>"'),
  title: text(1, 120).describe("the section's h2 heading and its table-of-contents entry"),
  faq: z
    .boolean()
    .optional()
    .describe('true for the FAQ section: each ### heading is a question and the text below it the answer'),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type SectionMeta = z.infer<typeof sectionMetaSchema>;
