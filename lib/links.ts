import { site, type LinkKey } from '@/content/site';

/**
 * The address to link to for a path that content/site.ts declares as served elsewhere on this
 * origin (`elsewhere`): the path on the production origin (`site.url`, never SITE_URL), since
 * another system serves it there and this build has no copy of it. A local build, a preview
 * deployment and a link checker then reach the live page instead of a 404. Any other address is
 * returned as it is.
 */
export function elsewhereUrl(
  href: string,
  elsewhere: readonly { path: string }[] = site.elsewhere,
  production: string = site.url,
): string {
  const [path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href)?.slice(1) ?? [];
  return elsewhere.some((e) => e.path === path) ? `${production}${path}${rest}` : href;
}

/** The case studies content/site.ts declares as served elsewhere (listed after those built here). */
export const caseStudiesElsewhere = () => site.elsewhere.filter((e) => e.path.startsWith('/case-studies/'));

/** The address of a link named in content/site.ts `links`, for a page to write. */
export const linkTo = (key: LinkKey): string => elsewhereUrl(site.links[key]);

/**
 * The real URL of a link written in MDX. `site:<key>` names a link in content/site.ts (written
 * once there); a path served elsewhere gets the production origin (elsewhereUrl); anything else
 * is returned as written.
 */
export function resolveHref(href: string): string {
  if (!href.startsWith('site:')) return elsewhereUrl(href);
  const key = href.slice('site:'.length);
  if (!Object.hasOwn(site.links, key)) {
    throw new Error(`Unknown link "${href}": content/site.ts has links ${Object.keys(site.links).join(', ')}.`);
  }
  return linkTo(key as LinkKey);
}
