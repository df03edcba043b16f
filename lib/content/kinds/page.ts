import { basename } from 'node:path';
import { entryMedia, readEntry, type ParsedEntry } from './entry';
import type { Media } from '@/lib/media/media';
import type { AssetFile } from '../files';
import type { SourceFile } from '../files';
import { ContentError } from '../errors';
import { offersElements, readOffers, type Offer } from './offers';
import { pageMetaSchema, type PageMeta } from '../parse/schema';
import type { Section } from '../parse/section';

/** The file in each page folder that holds its metadata. */
export const PAGE_FILE = 'page.mdx';

export const PAGE_KIND = { metaFile: PAGE_FILE, noun: 'page', schema: pageMetaSchema };

/** A marketing page (services, about) as its route and JSON-LD builders see it. */
export interface Page extends PageMeta {
  /** Folder name under the content root. */
  dir: string;
  sections: Section[];
  /** The rows of the <Offers> table of a service page; none on other pages. */
  offers: Offer[];
  /** The folder's images the text uses, with their optimized files (see Article.media). */
  media: ReadonlyMap<string, Media>;
}

export interface ParsedPage extends ParsedEntry<PageMeta> {
  /** The path when it is valid, even if other fields are not, so links to the page can be checked. */
  path?: string;
  offers: Offer[];
}

/** Reads one page folder and collects its problems without throwing. */
export function readPage(dir: string, files: readonly SourceFile[], assets: readonly AssetFile[] = []): ParsedPage {
  const entry = readEntry(dir, files, PAGE_KIND, assets);
  const path = pageMetaSchema.shape.path.safeParse(entry.data?.path).data;
  const fileOf = (s: Section) => `${dir}/${s.name}.mdx`;
  let offers: Offer[] = [];
  if (entry.meta?.kind === 'service') {
    const read = readOffers(entry.sections, fileOf, `${dir}/${PAGE_FILE}`);
    offers = read.offers;
    entry.problems.push(...read.problems);
  } else if (entry.meta) {
    for (const { section, node } of offersElements(entry.sections))
      entry.problems.push({
        file: fileOf(section),
        line: node.position?.start.line ?? 1,
        message: `<Offers> on a page of kind ${entry.meta.kind}: only a service page turns its table into offers. Fix: set kind: service in ${PAGE_FILE}, or remove <Offers> and </Offers> around the table.`,
      });
  }
  return { ...entry, path, offers };
}

/** The page a clean reading describes. Throws on any problem. */
export function completePage({ dir, meta, sections, offers, problems, assets }: ParsedPage): Page {
  if (problems.length || !meta) throw new ContentError(problems);
  return { ...meta, dir: basename(dir), sections, offers, media: entryMedia(dir, sections, assets) };
}
