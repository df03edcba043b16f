/**
 * The scheme of a URL as a browser reads it, in lower case (javascript, https, site…); undefined
 * for a path (/blog, ./photo.png, #id, //host/x). Before it reads the scheme a browser drops
 * leading and trailing spaces and control characters and every tab and line break, so
 * " Java\tScript:alert(1)" runs as javascript:. Markdown has already decoded &#9; and \ escapes.
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserForm(url))?.[1]?.toLowerCase();
}

/** The URL with what a browser ignores taken out (see urlScheme). */
const browserForm = (url: string) => url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');

/** Schemes that run code (javascript:, vbscript:) or carry a document of their own (data:) when clicked. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** The URL as quoted in a message: control characters escaped, a long data: URL cut short. */
export function quoted(url: string): string {
  const text = JSON.stringify(url);
  return text.length > 62 ? `${text.slice(0, 60)}…"` : text;
}

/** Why a link may not have this URL: it would run code or open a document of its own instead of a page. */
export function unsafeLinkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (!scheme || !CODE_SCHEMES.has(scheme)) return undefined;
  const does = scheme === 'data' ? 'opens a document carried in the link itself' : 'runs code';
  return `link ${quoted(url)} is a ${scheme}: URL, which ${does} instead of opening a page; content cannot run code. Fix: link to an https:// page or a path on this site.`;
}

/** True when an image's source is not a file of this site: another origin (https:, //host) or a data: URL. */
export function isRemoteImage(url: string): boolean {
  const form = browserForm(url);
  // Browsers read /\host and \\host as //host: another origin too.
  return urlScheme(form) !== undefined || /^[/\\]{2}/.test(form);
}

/**
 * Why an image may not have this source: the site's Content-Security-Policy (img-src 'self')
 * blocks anything but its own files, so the reader would see a broken image.
 */
export function remoteImageProblem(url: string, figure: boolean): string | undefined {
  if (!isRemoteImage(url)) return undefined;
  const last =
    url
      .replace(/[?#].*$/, '')
      .split(/[/\\]/)
      .pop() ?? '';
  const name = /^[\w.-]+\.(png|jpe?g|webp|gif|svg|avif)$/i.test(last) ? last : 'name.png';
  const what = figure ? `<Figure src=${quoted(url)}>` : `image ${quoted(url)}`;
  const write = figure ? `src="./${name}"` : `./${name}`;
  return `${what} is not a file of this site, and the site's Content-Security-Policy (img-src 'self') blocks images from anywhere else, so readers would see a broken image. Fix: put the file in this folder, beside the .mdx file, and write ${write}.`;
}
