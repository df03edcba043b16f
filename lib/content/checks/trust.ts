import { z } from 'zod';
import type { Problem } from '../errors';
import { isMeasured } from '@/lib/media/image-header';
import type { AssetFile } from '../files';
import { SITE_IMAGE_FOLDERS } from '../load';

// The trust content of content/site.ts (the owner's portrait, testimonials, clients, work
// history): each field's schema, and the checks that point at its line. All of it is the
// author's to add, real ones only; the site shows each only when it has entries.

export type Testimonial = z.infer<typeof testimonialSchema>;
export type Client = z.infer<typeof clientSchema>;
export type Role = z.infer<typeof roleSchema>;

/** What the trust checks read from content/site.ts (a test passes its own). Absent is empty. */
export interface TrustConfig {
  /** The owner's key in `authors` and portrait (a path in the content folder; '' is none). */
  owner: { id?: string; image?: string };
  testimonials?: readonly Testimonial[];
  clients?: readonly Client[];
  workHistory?: readonly Role[];
}

const https = z.url({ protocol: /^https$/, error: 'is not an https:// URL' });
const given = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `is not ${what}`),
});
const filled = (fix: string) => z.string(given('text')).trim().min(1, 'is empty').describe(fix);
/** A path in the content folder, checked against the files by imageProblem. */
const imagePath = (fix: string) => z.string(given('a path')).optional().describe(fix);
const year = z
  .int(given('a year such as 2021'))
  .min(1900, 'is not a year such as 2021')
  .max(2100, 'is not a year such as 2021');

export const testimonialSchema = z.strictObject({
  quote: filled("write the client's words exactly as they gave them, or remove the entry"),
  name: filled('write the name of the person quoted'),
  role: filled('write their role, e.g. CTO'),
  company: filled('write their company'),
  photo: imagePath("name a photo of them in the content folder, e.g. 'testimonials/jane-doe.jpg', or leave photo out"),
  link: https.optional().describe('link to an https:// page of theirs or their company, or leave link out'),
});

export const clientSchema = z.strictObject({
  name: filled('write the organisation’s name'),
  logo: imagePath("name its logo in the content folder, e.g. 'clients/acme.png', or leave logo out"),
  link: https.optional().describe('link to an https:// page of theirs, or leave link out'),
});

export const roleSchema = z.strictObject({
  role: filled('write the role, e.g. Principal Architect'),
  organisation: filled('write the organisation'),
  start: year.describe('write the year the role began, e.g. 2021'),
  end: z
    .union([year, z.literal('present')], given("a year such as 2021 or 'present'"))
    .describe("write the year it ended, e.g. 2023, or 'present'"),
});

/** The smallest image each use is sharp at (a 2x screen at least): width, or height for a logo. */
export const MIN_IMAGE = {
  portrait: {
    side: 'width',
    px: 480,
    why: 'it is shown up to 176 px wide (352 px on a 2x screen) and is the about page’s social card',
  },
  photo: { side: 'width', px: 96, why: 'it is shown 48 px wide (96 px on a 2x screen)' },
  logo: { side: 'height', px: 64, why: 'it is shown 32 px tall (64 px on a 2x screen)' },
} as const;

/** Why the file named at `path` cannot be shown as `use`, or undefined. */
export function imageProblem(
  path: string,
  use: keyof typeof MIN_IMAGE,
  assets: ReadonlyMap<string, AssetFile>,
): string | undefined {
  const folder = path.split('/')[0]!;
  const folders = SITE_IMAGE_FOLDERS.map((f) => `${f}/`).join(', ');
  if (!(SITE_IMAGE_FOLDERS as readonly string[]).includes(folder) || path.split('/').length !== 2)
    return `"${path}" is not a file in one of the content folder's image folders (${folders}). Fix: put the file in one of them and write its path, e.g. '${use === 'logo' ? 'clients' : use === 'photo' ? 'testimonials' : 'authors'}/<file name>'.`;
  const asset = assets.get(path);
  if (!asset)
    return `"${path}" names no file: the content folder has no ${path}. Fix: put the file there, or correct the path (names are case-sensitive).`;
  const { header } = asset;
  if (!isMeasured(header))
    return `"${path}" is ${header.format === 'unknown' ? 'not an image the build can read' : header.format.toUpperCase()}, and the build encodes from PNG, JPEG or WebP only. Fix: export it as JPEG (photos) or PNG (logos).`;
  const min = MIN_IMAGE[use];
  if (header[min.side] < min.px)
    return `"${path}" is ${header.width}×${header.height} px; ${min.why}, so it needs at least ${min.px} px ${min.side}. Fix: export it at least ${min.px} px ${min.side === 'width' ? 'wide' : 'tall'}.`;
  return undefined;
}

/** The line of the first line of `source` that `test` accepts at or after line index `from` (0 when none does). */
const lineFrom = (lines: readonly string[], from: number, test: (line: string) => boolean) =>
  lines.findIndex((l, i) => i >= from && test(l)) + 1;

const hasKey = (key: string) => (line: string) => new RegExp(`(^|[\\s{,])${key}:`).test(line);

/**
 * The line of `field` in entry `index` of the list `list` (each entry found by its first key,
 * `first`): the list's line when the entry cannot be found, 1 when the list cannot.
 */
export function entryLine(source: string, list: string, first: string, index: number, field: string): number {
  const lines = source.split('\n');
  const from = lines.findIndex((l) => new RegExp(`^\\s*${list}:`).test(l));
  if (from < 0) return 1;
  const starts = lines.flatMap((l, i) => (i > from && hasKey(first)(l) ? [i] : []));
  const start = starts[index];
  if (start === undefined) return from + 1;
  const end = starts[index + 1] ?? lines.length;
  const at = lines.slice(start, end).findIndex(hasKey(field));
  return (at < 0 ? start : start + at) + 1;
}

/** Every problem in the trust content, each at its line of content/site.ts. */
export function trustProblems(
  c: TrustConfig,
  assets: ReadonlyMap<string, AssetFile>,
  source: string,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const lists = [
    ['testimonials', 'quote', testimonialSchema, c.testimonials ?? [], { photo: 'photo' }],
    ['clients', 'name', clientSchema, c.clients ?? [], { logo: 'logo' }],
    ['workHistory', 'role', roleSchema, c.workHistory ?? [], {}],
  ] as const;
  for (const [list, first, schema, entries, images] of lists)
    entries.forEach((entry: Record<string, unknown>, i) => {
      const at = (field: string, message: string) =>
        problems.push({ file, line: entryLine(source, list, first, i, field), message });
      const result = schema.safeParse(entry);
      for (const issue of result.error?.issues ?? []) {
        const key = String(issue.path[0] ?? first);
        const shape = schema.shape as Record<string, z.ZodType>;
        if (issue.code === 'unrecognized_keys')
          at(first, `${list}[${i}] ${issue.message}. Fix: use only the fields ${Object.keys(shape).join(', ')}.`);
        else
          at(
            key,
            `${list}[${i}].${key} ${issue.message}. Fix: ${shape[key]?.description ?? 'see the comment above it'}.`,
          );
      }
      for (const [key, use] of Object.entries(images) as [string, 'photo' | 'logo'][]) {
        const path = entry[key];
        const problem = typeof path === 'string' ? imageProblem(path, use, assets) : undefined;
        if (problem) at(key, `${list}[${i}].${key} ${problem}`);
      }
      if (list === 'workHistory' && result.success) {
        const { start, end } = result.data as Role;
        if (end !== 'present' && end < start)
          at(
            'end',
            `workHistory[${i}] ends in ${end}, before it starts (${start}). Fix: swap the years, or correct the one that is wrong.`,
          );
      }
    });
  const image = c.owner.image ?? '';
  const problem = image && imageProblem(image, 'portrait', assets);
  if (problem) {
    const lines = source.split('\n');
    const authors = lineFrom(lines, 0, (l) => /^\s*authors:/.test(l));
    problems.push({
      file,
      line: lineFrom(lines, Math.max(0, authors - 1), (l) => /^\s*image:/.test(l)) || 1,
      message: `authors.${c.owner.id ?? '<owner>'}.image ${problem}`,
    });
  }
  return problems;
}

/** The site image files content/site.ts names (the portrait, photos, logos). */
export function namedImages(c: TrustConfig): string[] {
  return [
    c.owner.image ?? '',
    ...(c.testimonials ?? []).map((t) => t.photo ?? ''),
    ...(c.clients ?? []).map((cl) => cl.logo ?? ''),
  ].filter(Boolean);
}

/**
 * What a complete marketing site has that this one does not yet: each in the words of the info
 * line, with the key of content/site.ts to point at (a regular expression: the contact object, not links.contact).
 */
export function missingTrust(c: TrustConfig & { noContact: boolean }): { what: string; key: string }[] {
  const owner = c.owner.id ?? '<owner>';
  return [
    { what: 'a contact channel (contact)', key: 'contact: \\{', missing: c.noContact },
    { what: `a portrait (authors.${owner}.image)`, key: 'image:', missing: !c.owner.image },
    { what: 'testimonials', key: 'testimonials:', missing: !c.testimonials?.length },
    { what: 'clients', key: 'clients:', missing: !c.clients?.length },
    { what: 'a work history (workHistory)', key: 'workHistory:', missing: !c.workHistory?.length },
  ].flatMap(({ missing, ...m }) => (missing ? [m] : []));
}
