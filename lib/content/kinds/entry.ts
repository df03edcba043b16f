import type { z } from 'zod';
import { localImageName, mediaOf, type Media, type MediaSource } from '@/lib/media/media';
import type { Problem } from '../errors';
import { lineFinder, noFields, readFrontmatter, validateFrontmatter, type FieldLines } from '../parse/frontmatter';
import { isMeasured } from '@/lib/media/image-header';
import { imageUses } from '../parse/image-uses';
import type { AssetFile } from '../files';
import { readMdx } from '../parse/markdown';
import { parseSection, SECTION_FILE, type Section } from '../parse/section';
import type { SourceFile } from '../files';

/** What a folder's metadata file is called and what it describes, for reading and for messages. */
export interface EntryKind<S extends z.ZodObject> {
  /** The metadata file: article.mdx, page.mdx, case-study.mdx. */
  metaFile: string;
  /** What the folder is, in an author's words: "article", "page", "case study". */
  noun: string;
  schema: S;
}

/** One content folder as read (any kind): its metadata when valid, its sections, every problem. */
export interface ParsedEntry<M> {
  /** The folder as shown in messages, e.g. content/ai-systems-architect-role. */
  dir: string;
  meta?: M;
  /** The frontmatter as written (valid or not), for fields read before the whole is valid (a slug, a path). */
  data?: Record<string, unknown>;
  /** Every section whose frontmatter is valid, in order; with problems of their own or not. */
  sections: Section[];
  problems: Problem[];
  /** The files beside the MDX (its images), by name. */
  assets: ReadonlyMap<string, AssetFile>;
  /** The line of a field in the metadata file (1 when there is none), for problems found after the schema. */
  lineOf: (field: string) => number;
  /** What lineOf answers from, as data (lineFinder makes lineOf of it again). */
  fields: FieldLines;
}

/** The fields a metadata file must give (the schema's required ones), listed for a message. */
const requiredFields = (schema: z.ZodObject) =>
  Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name)
    .join(', ');

/**
 * Reads one content folder of any kind: its metadata file against the kind's schema, then its
 * NN-name.mdx section files in order. Collects every problem without throwing. Articles, pages
 * and case studies all go through here, so they share one set of rules and messages.
 */
export function readEntry<S extends z.ZodObject>(
  dir: string,
  files: readonly SourceFile[],
  { metaFile: META_FILE, noun, schema }: EntryKind<S>,
  assetFiles: readonly AssetFile[] = [],
): ParsedEntry<z.infer<S>> {
  const problems: Problem[] = [];
  const assets = new Map(assetFiles.map((a) => [a.name, a]));
  let fields = noFields();
  const metaFile = files.find((f) => f.name === META_FILE);
  const sectionFiles = files
    .filter((f) => f.name !== META_FILE && f.name.endsWith('.mdx'))
    .sort((a, b) => a.name.localeCompare(b.name));

  let meta: z.infer<S> | undefined;
  let data: Record<string, unknown> | undefined;
  if (!metaFile) {
    problems.push({
      file: `${dir}/${META_FILE}`,
      line: 1,
      message: `missing. Fix: add ${META_FILE} with the ${noun}'s metadata (${requiredFields(schema)}).`,
    });
  } else {
    const file = `${dir}/${META_FILE}`;
    const { tree = { type: 'root', children: [] }, problems: syntax } = readMdx(file, metaFile.source);
    problems.push(...syntax);
    const frontmatter = readFrontmatter(file, tree);
    fields = frontmatter.fields;
    const result = validateFrontmatter(file, frontmatter, schema);
    problems.push(...result.problems);
    meta = result.value;
    if (frontmatter.data && typeof frontmatter.data === 'object') data = frontmatter.data as Record<string, unknown>;
    const stray = tree.children.find((n) => n.type !== 'yaml');
    if (stray) {
      problems.push({
        file,
        line: stray.position?.start.line ?? 1,
        message: `${META_FILE} holds metadata only; this text would never be shown. Fix: move it into a section file.`,
      });
    }
  }

  const sections: Section[] = [];
  sectionFiles.forEach((f, i) => {
    const file = `${dir}/${f.name}`;
    const match = SECTION_FILE.exec(f.name);
    if (!match) {
      problems.push({
        file,
        line: 1,
        message: `not a section file name, so it would never be shown. Fix: rename it NN-name.mdx (e.g. ${String(i + 1).padStart(2, '0')}-${
          f.name
            .replace(/\.mdx$/, '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'section'
        }.mdx).`,
      });
      return;
    }
    if (Number(match[1]) !== i + 1) {
      problems.push({
        file,
        line: 1,
        message: `expected section number ${String(i + 1).padStart(2, '0')} here: files run 01, 02, 03… without gaps or repeats, and the number is the one readers see. Fix: renumber the files.`,
      });
      return;
    }
    const result = parseSection(file, f.source, i + 1);
    problems.push(...result.problems);
    if (result.section) sections.push(result.section);
  });
  if (sectionFiles.length === 0)
    problems.push({ file: dir, line: 1, message: `the ${noun} has no section files. Fix: add 01-<name>.mdx.` });

  const faqSections = sections.filter((s) => s.faq);
  if (faqSections.length > 1) {
    problems.push({
      file: `${dir}/${faqSections[1]?.name}.mdx`,
      line: 1,
      message: 'a second FAQ section. Fix: keep faq: true on one section only.',
    });
  }
  problems.push(...duplicateIds(dir, sections));
  return { dir, meta, data, sections, problems, assets, lineOf: lineFinder(fields), fields };
}

/** An image of the folder as the encoder needs it; the checks have refused a missing or unreadable one. */
export function assetSource(dir: string, assets: ReadonlyMap<string, AssetFile>, name: string): MediaSource {
  const asset = assets.get(name);
  if (!asset || !isMeasured(asset.header)) throw new Error(`${dir}/${name} is not a readable image`);
  return { path: asset.path, name, hash: asset.hash, header: asset.header };
}

/**
 * The folder's images that the text uses (and `also`, e.g. an article's cover), by file name, with
 * their optimized files: derived once, for the page, the Markdown twin and the feed.
 */
export function entryMedia(
  dir: string,
  sections: readonly Section[],
  assets: ReadonlyMap<string, AssetFile>,
  also: readonly string[] = [],
): ReadonlyMap<string, Media> {
  const used = sections.flatMap((s) => imageUses(s.tree).flatMap((u) => localImageName(u.url) ?? []));
  return new Map([...new Set([...used, ...also])].map((n) => [n, mediaOf(assetSource(dir, assets, n))]));
}

/** Heading ids are link targets: two headings with one id would make one of them unreachable. */
function duplicateIds(dir: string, sections: readonly Section[]): Problem[] {
  const seen = new Map<string, { file: string; line: number; title: string }>();
  const problems: Problem[] = [];
  for (const s of sections) {
    const file = `${s.name}.mdx`;
    for (const { id, title, line = 1 } of [{ id: s.id, title: s.title, line: undefined }, ...s.subsections]) {
      const first = seen.get(id);
      if (!first) seen.set(id, { file, line, title });
      // The same question twice in the FAQ is reported by the FAQ reader, with both lines.
      else if (!(s.faq && first.file === file && first.title.toLowerCase() === title.toLowerCase()))
        problems.push({
          file: `${dir}/${file}`,
          line,
          message: `the heading "${title}" has the same link id (#${id}) as "${first.title}" (${first.file}:${first.line}). Fix: reword one of them.`,
        });
    }
  }
  return problems;
}
