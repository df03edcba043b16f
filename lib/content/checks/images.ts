import type { ImageReference, Root } from 'mdast';
import { localImageName, MIN_INLINE_WIDTH } from '@/lib/media/media';
import type { Problem } from '../errors';
import { isMeasured } from '@/lib/media/image-header';
import { imageUses } from '../parse/image-uses';
import { visit } from 'unist-util-visit';
import { lineOf } from '../parse/markdown';
import { decode, type SectionInput, type SiteIndex } from './rule';
import { remoteImageProblem } from './urls';

/**
 * Every image says what it shows (alt text) and exists: beside the text (./photo.png, which the
 * build optimizes, so it must be a format the build reads and wide enough for the column on a
 * 2x screen) or under public/ (/diagram.svg, shipped as it is). None comes from another origin
 * (https:, //host, data:): the site's Content-Security-Policy would block it.
 */
export function images({ file, section, assets }: SectionInput, site: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const use of imageUses(section.tree)) {
    const at = (message: string) => problems.push({ file, line: use.line, message });
    if (use.figure && !use.url) {
      at(`<Figure> has no src. Fix: name the image in this folder: <Figure src="./diagram.png" alt="…" />.`);
      continue;
    }
    if (!use.alt?.trim())
      at(
        use.figure
          ? `<Figure src="${use.url}"> has no alt text, so screen readers and search engines get nothing (a caption does not replace it). Fix: add alt="what it shows".`
          : `image "${use.url}" has no alt text, so screen readers and search engines get nothing. Fix: say what it shows between the brackets: ![what it shows](${use.url}).`,
      );
    const problem =
      localImageName(use.url) !== undefined ? localProblem(use.url, assets) : sourceProblem(use.url, site, use.figure);
    if (problem) at(problem);
  }
  problems.push(...referenceProblems(section.tree).map((p) => ({ file, ...p })));
  return problems;
}

/**
 * A reference-style image (![chart][c] with [c]: https://…) is shown from its definition's URL:
 * one on another origin is refused like an inline one, on the image's line.
 */
function referenceProblems(tree: Root): { line: number; message: string }[] {
  const urls = new Map<string, string>();
  const references: ImageReference[] = [];
  visit(tree, (node) => {
    // The first definition of a label is the one that counts.
    if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url);
    if (node.type === 'imageReference') references.push(node);
  });
  return references.flatMap((node) => {
    const message = remoteImageProblem(urls.get(node.identifier) ?? '', false);
    return message ? [{ line: lineOf(node), message }] : [];
  });
}

/** An image in the article's folder: there, readable, and wide enough. */
function localProblem(url: string, assets: SectionInput['assets']): string | undefined {
  const name = localImageName(url)!;
  const asset = assets.get(name);
  if (!asset)
    return `image "${url}" does not exist: there is no ${name} in this folder. Fix: put the file beside this .mdx file, or correct the name (names are case-sensitive).`;
  const { header } = asset;
  if (!isMeasured(header))
    return header.format === 'unknown'
      ? `image "${url}" is not an image the build can read (PNG, JPEG or WebP). Fix: export it as PNG (drawings) or JPEG (photos).`
      : `image "${url}" is ${header.format.toUpperCase()}, a format the build does not encode from. Fix: export it as PNG (drawings, screenshots) or JPEG (photos)${header.format === 'svg' || header.format === 'gif' ? `, or put it under public/ and write /${name} to ship it as it is` : ''}.`;
  if (header.width < MIN_INLINE_WIDTH)
    return `image "${url}" is ${header.width} px wide; the text column is shown up to ${MIN_INLINE_WIDTH / 2} px wide, so it needs at least ${MIN_INLINE_WIDTH} px to be sharp on a 2x screen. Fix: export it at least ${MIN_INLINE_WIDTH} px wide.`;
  return undefined;
}

function sourceProblem(url: string, site: SiteIndex, figure: boolean): string | undefined {
  const remote = remoteImageProblem(url, figure);
  if (remote) return remote;
  if (figure)
    return `<Figure src="${url}">: a figure shows an image from its own folder. Fix: put the file beside this .mdx file and write src="./<file name>".`;
  if (!url.startsWith('/')) {
    const name = url.split('/').pop() || 'image.png';
    return `image "${url}" has a relative path the build does not follow. Fix: put the file beside this .mdx file and write ./${name}, or under public/ and write /${name}.`;
  }
  const path = decode(url.replace(/[?#].*$/, ''));
  if (site.publicFiles.has(path) || site.images.has(path)) return undefined;
  return `image "${url}" does not exist: there is no public${path}. Fix: add the file there, or correct the path.`;
}
