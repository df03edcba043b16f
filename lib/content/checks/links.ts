import type { Problem } from '../errors';
import { visit } from 'unist-util-visit';
import { lineOf } from '../parse/markdown';
import { decode, type SectionInput, type SiteIndex } from './rule';
import { unsafeLinkProblem } from './urls';

/**
 * Links within the site resolve: a path starting with / is a page the build writes or a file
 * under public/, and a #fragment (in this article, or on /blog/<slug>) is a heading id of that
 * article. Outside links are not fetched; site: links are the loader's to check. No link (nor
 * reference definition) is a javascript:, vbscript: or data: URL: content cannot run code.
 */
export function internalLinks({ file, ids, section, draft }: SectionInput, site: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  visit(section.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const message = linkProblem(node.url, ids, site, draft);
    if (message) problems.push({ file, line: lineOf(node), message });
  });
  return problems;
}

function linkProblem(url: string, ids: ReadonlySet<string>, site: SiteIndex, fromDraft: boolean): string | undefined {
  const unsafe = unsafeLinkProblem(url);
  if (unsafe) return unsafe;
  if (url.startsWith('#')) {
    if (ids.has(decode(url.slice(1)))) return undefined;
    return `link "${url}" names no heading of this article. Fix: ${idHint('', ids)}`;
  }
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;

  const [, rawPath = '', rawFragment] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(url) ?? [];
  const path = decode(rawPath);
  if (!site.pages.has(path) && !site.publicFiles.has(path)) {
    if (!site.slugsKnown && path.startsWith('/blog/')) return undefined;
    const articles = [...site.anchors.keys()];
    const some = articles.length > 3 ? `${articles.slice(0, 3).join(', ')}…` : articles.join(', ') || 'none yet';
    return `link "${url}" is not a page of this site. Fix: link to /, /blog, an article (${some}) or its Markdown twin (the same path with .md), or a file under public/.`;
  }
  if (!fromDraft && site.drafts.has(path)) {
    return `link "${url}" points at a draft, which the production build leaves out. Fix: publish that article (remove draft: true) or remove the link.`;
  }
  const targets = site.anchors.get(path);
  if (rawFragment === undefined || !targets || targets.has(decode(rawFragment))) return undefined;
  return `link "${url}" names no heading of ${path}. Fix: ${idHint(path, targets)}`;
}

/** How heading ids are made, with one real id as the example. */
function idHint(path: string, ids: ReadonlySet<string>): string {
  const [example] = ids;
  return `link to a section or ### heading by its words in lower case joined by hyphens${example ? `, e.g. ${path}#${example}` : ''}.`;
}
