import { basename } from 'node:path';
import { site } from '@/content/site';
import { entryMedia, readEntry, type ParsedEntry } from './entry';
import type { Media } from '@/lib/media/media';
import type { AssetFile } from '../files';
import type { SourceFile } from '../files';
import type { Author } from './article';
import { ContentError } from '../errors';
import { caseStudyMetaSchema, type CaseStudyMeta } from '../parse/schema';
import type { Section } from '../parse/section';

/** The file in each case study folder that holds its metadata. */
export const CASE_STUDY_FILE = 'case-study.mdx';

export const CASE_STUDY_KIND = { metaFile: CASE_STUDY_FILE, noun: 'case study', schema: caseStudyMetaSchema };

/** Site path of the list of case studies. */
export const caseStudiesIndex = '/case-studies';

/** The case studies' index as a page: its path, and its words from content/site.ts. */
export const caseStudiesPage = {
  path: caseStudiesIndex,
  ...site.caseStudies,
  title: `${site.caseStudies.headline} · ${site.name}`,
} as const;

/** Site path of a case study's page. */
export const caseStudyPath = (slug: string) => `/case-studies/${slug}`;

/** A case study as its route and JSON-LD builders see it. */
export interface CaseStudy extends Omit<CaseStudyMeta, 'author'> {
  dir: string;
  /** Site path: /case-studies/<slug>. */
  path: string;
  author: Author;
  sections: Section[];
  /** The folder's images the text uses, with their optimized files (see Article.media). */
  media: ReadonlyMap<string, Media>;
}

export interface ParsedCaseStudy extends ParsedEntry<CaseStudyMeta> {
  /** The slug when it is valid, even if other fields are not, so links to it can be checked. */
  slug?: string;
}

/** Reads one case study folder and collects its problems without throwing. */
export function readCaseStudy(
  dir: string,
  files: readonly SourceFile[],
  assets: readonly AssetFile[] = [],
): ParsedCaseStudy {
  const entry = readEntry(dir, files, CASE_STUDY_KIND, assets);
  return { ...entry, slug: caseStudyMetaSchema.shape.slug.safeParse(entry.data?.slug).data };
}

/** The case study a clean reading describes. Throws on any problem. */
export function completeCaseStudy({ dir, meta, sections, problems, assets }: ParsedCaseStudy): CaseStudy {
  if (problems.length || !meta) throw new ContentError(problems);
  return {
    ...meta,
    dir: basename(dir),
    path: caseStudyPath(meta.slug),
    author: { id: meta.author, ...site.authors[meta.author] },
    sections,
    media: entryMedia(dir, sections, assets),
  };
}
