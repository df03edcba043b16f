import { z } from 'zod';
import { site, type AuthorId } from '@/content/site';
import { ideaCuts } from '@/lib/art/cover-layout';
import { IDEA_LIMITS } from '@/lib/art/idea';
import { COVER_IMAGES } from '@/lib/media/covers';
import { languageTagProblem } from '@/lib/language';

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
    idea: z
      .strictObject({
        from: text(1, IDEA_LIMITS.from).describe('where the idea starts, e.g. Product requirement'),
        through: z
          .array(text(1, IDEA_LIMITS.label))
          .min(1, 'expected at least 1 item')
          .max(IDEA_LIMITS.items, `expected at most ${IDEA_LIMITS.items} items`)
          .describe('what it passes through, e.g. [Latency, Reliability, Cost, Compliance]'),
        to: z
          .array(text(1, IDEA_LIMITS.label))
          .min(1, 'expected at least 1 item')
          .max(IDEA_LIMITS.items, `expected at most ${IDEA_LIMITS.items} items`)
          .describe('what comes out, e.g. [Component map, Orchestration graph]'),
      })
      // Within the limits, words fit; a label of wide letters or one long unbroken word may not,
      // and a cover never cuts a label silently.
      .superRefine((idea, ctx) => {
        for (const path of ideaCuts(idea, Object.values(COVER_IMAGES)))
          ctx.addIssue({
            code: 'custom',
            path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
            message: 'is too wide to draw whole on the cover; shorten it or use shorter words',
          });
      })
      .optional()
      .describe(
        `what the cover draws: from (at most ${IDEA_LIMITS.from} characters) through 1 to ${IDEA_LIMITS.items} labels to 1 to ${IDEA_LIMITS.items} labels (each at most ${IDEA_LIMITS.label} characters); without it the cover draws the section eyebrows`,
      ),
    draft: z
      .boolean()
      .optional()
      .describe(
        'true keeps the article out of the production build, sitemap, feed and llms.txt; npm run dev still shows it',
      ),
    language: z
      .string()
      .superRefine((tag, ctx) => {
        const problem = languageTagProblem(tag);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.replace('. Fix: ', ': ').replace(/\.$/, '') });
      })
      .optional()
      .describe(
        "a translation's language, as a BCP 47 tag in its canonical form (ur-Latn for Roman Urdu, ur for Urdu in Arabic script), with translationOf; an original leaves it out",
      ),
    translationOf: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens')
      .optional()
      .describe('the slug of the article this one translates, with language; it may keep that slug as its own'),
  })
  .refine((m) => Date.parse(m.updated) >= Date.parse(m.published), {
    path: ['updated'],
    message: 'is before published',
  })
  .refine((m) => (m.language === undefined) === (m.translationOf === undefined), {
    path: ['language'],
    message: 'a translation names both its language and the slug it translates (translationOf); one is missing',
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

/** A site path: starts with /, lower-case words joined by hyphens between the slashes, no trailing /. */
const sitePath = z
  .string()
  .regex(/^(\/[a-z0-9]+(-[a-z0-9]+)*)+$/, 'expected a site path such as /about or /services/ai-systems-architecture');

/** page.mdx: one per marketing page folder (services, about), metadata only. */
export const pageMetaSchema = z.strictObject({
  path: sitePath.describe(
    'where the page is served: a site path such as /about or /services/ai-systems-architecture, unique across the site',
  ),
  kind: z
    .enum(['service', 'profile', 'page'], { error: 'expected one of: service, profile, page' })
    .describe(
      'what the page is, for its JSON-LD: service (a Service with an Offer per row of its <Offers> table), profile (the about page: a ProfilePage about the site owner) or page (a plain WebPage)',
    ),
  headline: text(3, 160).describe("the page's h1"),
  title: text(10, 70).describe('the <title> and social title, at most 70 characters so search results show it whole'),
  description: text(50, 160).describe(
    'the meta description and social summary, shown under the h1 too: 50 to 160 characters',
  ),
  updated: isoDateTime.describe(
    'last meaningful edit: date, time and timezone, e.g. 2026-03-10T09:00:00+00:00 (the sitemap lastmod)',
  ),
});

/** case-study.mdx: one per case study folder, metadata only; served at /case-studies/<slug>. */
export const caseStudyMetaSchema = z
  .strictObject({
    slug: articleMetaSchema.shape.slug.describe(
      'the URL segment, /case-studies/<slug>: lower-case words joined by hyphens, unique across case studies',
    ),
    headline: text(10, 160).describe("the page's h1 and the Article headline"),
    title: text(10, 70).describe('the <title> and social title, at most 70 characters so search results show it whole'),
    description: text(50, 160).describe('the meta description and social summary, 50 to 160 characters'),
    client: text(1, 80).describe('who the work was for, as the client may be named (shown above the h1)'),
    author: articleMetaSchema.shape.author,
    published: isoDateTime.describe('first publication: date, time and timezone, e.g. 2026-03-10T09:00:00+00:00'),
    updated: isoDateTime.describe('last meaningful edit: date, time and timezone, not before published'),
    figures: z
      .array(
        z.strictObject({
          value: text(1, 16).describe('the measured figure as a reader sees it, e.g. 50%'),
          label: text(3, 80).describe('what was measured, e.g. shorter product spec cycle'),
        }),
      )
      .min(1, 'expected at least one measured figure')
      .max(4, 'expected at most 4 figures')
      .describe('the outcome in measured figures, shown at the top: a YAML list of { value, label }'),
    draft: articleMetaSchema.shape.draft,
  })
  .refine((m) => Date.parse(m.updated) >= Date.parse(m.published), {
    path: ['updated'],
    message: 'is before published',
  });

/** The ways to reach the site owner (content/site.ts `contact`). Empty means not set. */
export const contactSchema = z.strictObject({
  email: z
    .union([z.literal(''), z.email('expected an email address such as name@example.com')])
    .describe('an address readers may write to, shown as a mailto: link; empty until there is one'),
  booking: z
    .union([z.literal(''), z.url({ protocol: /^https$/, error: 'expected an https:// URL' })])
    .describe('a page where a reader books a call (Cal.com, Calendly…); empty until there is one'),
});

export type PageMeta = z.infer<typeof pageMetaSchema>;
export type CaseStudyMeta = z.infer<typeof caseStudyMetaSchema>;
