import type { Problem } from '../errors';
import type { AssetFile } from '../files';
import type { Section } from '../parse/section';

/** One section file as the rules see it: parsed once by the loader, with its raw text beside it. */
export interface SectionInput {
  /** The file as shown in messages: content/<article>/NN-name.mdx. */
  file: string;
  /** The file as written, for what the mdast does not keep (the cells of a table row as typed). */
  source: string;
  section: Section;
  /** Link ids of every heading of the article: its sections' h2s and ### headings (FAQ questions too). */
  ids: ReadonlySet<string>;
  /** True when the section belongs to a draft article. */
  draft: boolean;
  /** The files beside the MDX in the content folder (its images), by name. */
  assets: ReadonlyMap<string, AssetFile>;
}

/** What exists on the whole site, for the rules that follow links. */
export interface SiteIndex {
  /** Site paths the build writes: /, /blog, each /blog/<slug> and its .md twin, feeds, generated images. */
  pages: ReadonlySet<string>;
  /** The generated images among them (cover images, og.png, icons). */
  images: ReadonlySet<string>;
  /** Files under public/, as site paths (/diagrams/flow.svg). */
  publicFiles: ReadonlySet<string>;
  /** Heading ids of each article, by its page path. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Page paths of draft articles: the production build leaves them out. */
  drafts: ReadonlySet<string>;
  /** False when an article's slug could not be read: its paths are unknown, so /blog/ links are not judged. */
  slugsKnown: boolean;
}

/** A lint rule: a pure function from one section (and the site) to its problems. */
export type Rule = (input: SectionInput, site: SiteIndex) => Problem[];

/** A URL part with %-escapes decoded; as written when it is not valid percent-encoding. */
export function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
