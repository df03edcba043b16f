import { site } from '@/content/site';

/**
 * The origin every absolute URL starts with: SITE_URL when set at build time (a preview
 * deployment, say), else the production origin from content/site.ts. Never ends in a slash.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || site.url;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.com; found "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https; found "${raw}".`);
  }
  return url.origin;
}

/**
 * An absolute URL on this site for a path that starts with "/". The home page is the bare origin,
 * as Next.js writes its canonical, so every place that names a page names it the same way.
 */
export function absoluteUrl(path: string, origin: string = siteOrigin()): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl expects a path starting with "/"; found "${path}".`);
  return path === '/' ? origin : `${origin}${path}`;
}
