import { site, type LinkKey } from '@/content/site';

/**
 * The real URL of a link written in MDX. `site:<key>` names an outside link in content/site.ts
 * (written once there); anything else is returned as written.
 */
export function resolveHref(href: string): string {
  if (!href.startsWith('site:')) return href;
  const key = href.slice('site:'.length);
  if (!Object.hasOwn(site.links, key)) {
    throw new Error(`Unknown link "${href}": content/site.ts has links ${Object.keys(site.links).join(', ')}.`);
  }
  return site.links[key as LinkKey];
}
