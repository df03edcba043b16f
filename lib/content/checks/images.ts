import type { Problem } from '../errors';
import { lineOf, walk } from '../markdown';
import { decode, type SectionInput, type SiteIndex } from './rule';

/** Every image says what it shows (alt text) and, when it is on this site, exists. */
export function images({ file, section }: SectionInput, site: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  walk(section.tree.children, (node) => {
    if (node.type !== 'image') return;
    const at = (message: string) => problems.push({ file, line: lineOf(node), message });
    if (!node.alt?.trim())
      at(
        `image "${node.url}" has no alt text, so screen readers and search engines get nothing. Fix: say what it shows between the brackets: ![what it shows](${node.url}).`,
      );
    const missing = sourceProblem(node.url, site);
    if (missing) at(missing);
  });
  return problems;
}

function sourceProblem(url: string, site: SiteIndex): string | undefined {
  // Another origin (https:, data:…) has nothing to look up here.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  if (!url.startsWith('/')) {
    const name = url.split('/').pop() || 'image.png';
    return `image "${url}" has a relative path, which the browser resolves against the page's URL, not this folder. Fix: put the file under public/ and write its path from there, e.g. /${name}.`;
  }
  const path = decode(url.replace(/[?#].*$/, ''));
  if (site.publicFiles.has(path) || site.images.has(path)) return undefined;
  return `image "${url}" does not exist: there is no public${path}. Fix: add the file there, or correct the path.`;
}
