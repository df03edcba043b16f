import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { site as config } from '@/content/site';
import type { SiteIndex } from './rule';
import { decode } from './rule';
import { unsafeLinkProblem } from './urls';
import type { Problem } from '../errors';
import type { AssetFile, ContentFolder } from '../files';
import { contactSchema } from '../parse/schema';
import { missingTrust, namedImages, trustProblems, type TrustConfig } from './trust';

/** Something the author should know that does not stop the build. */
export interface Notice extends Problem {
  level: 'warning' | 'info';
}

export const SITE_FILE = 'content/site.ts';

/** The site config as the checks see it (a test passes its own; trust content left out is none). */
export interface SiteConfig extends TrustConfig {
  url: string;
  links: Readonly<Record<string, string>>;
  elsewhere: readonly { path: string; name: string }[];
  contact: { email: string; booking: string; form: string };

  owner: TrustConfig['owner'] & { sameAs: readonly string[] };
}

const owner = () => {
  const [id, author] = Object.entries(config.authors)[0]!;
  return { id, ...author };
};
const defaultConfig = (): SiteConfig => ({ ...config, owner: owner() });

/** The trust content of content/site.ts as the checks read it (the images it names, what is missing). */
export const trustConfig = (): TrustConfig => defaultConfig();

/** content/site.ts as written, to point at the line of a field; empty when it cannot be read. */
function siteSource(): string {
  const file = join(process.cwd(), SITE_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The line of the first line of `source` that `test` accepts (1 when none does). */
const lineWhere = (source: string, test: (line: string) => boolean) => source.split('\n').findIndex(test) + 1 || 1;

/** True when no way to reach the owner is set: no email, no booking link, no form, no profile. */
export const noContactChannel = (c: SiteConfig = defaultConfig()) =>
  !c.contact.email && !c.contact.booking && !c.contact.form && c.owner.sameAs.length === 0;

/**
 * contact.form: where <Contact />'s form posts. https only: the form carries a reader's name,
 * email and message, and the Content-Security-Policy admits exactly its origin in form-action.
 */
export const contactFormSchema = z
  .union([z.literal(''), z.url({ protocol: /^https$/, error: 'expected an https:// URL' })])
  .describe(
    "the https:// URL of a form service's endpoint that accepts an HTML POST (Formspree, Basin…), e.g. https://formspree.io/f/<your form's id>; empty until there is one",
  );

/**
 * What content/site.ts says that the content must agree with: same-origin links are paths that
 * the content builds (or that `elsewhere` declares), a declared path is not also built here, the
 * contact fields are well-formed, the trust content is (each image a file of `siteAssets`, the
 * site image folders' files by path). `built` maps each path the content builds to its folder.
 */
export function siteConfigNotices(
  index: SiteIndex,
  built: ReadonlyMap<string, string>,
  c: SiteConfig = defaultConfig(),
  source: string = siteSource(),
  siteAssets: ReadonlyMap<string, AssetFile> = new Map(),
): { problems: Problem[]; notices: Notice[] } {
  const problems: Problem[] = [];
  const notices: Notice[] = [];
  const at = (line: number, message: string) => problems.push({ file: SITE_FILE, line, message });
  const keyLine = (key: string) => lineWhere(source, (l) => new RegExp(`^\\s*${key}:`).test(l));
  // A declared path is looked for from the `elsewhere:` line on (links may name it first).
  const from = lineWhere(source, (l) => /^\s*elsewhere:/.test(l));
  const textLine = (text: string) =>
    source.split('\n').findIndex((l, i) => i >= from - 1 && l.includes(`'${text}'`)) + 1 || from;

  const { form, ...fields } = c.contact;
  const contact = contactSchema.safeParse(fields);
  if (!contact.success)
    for (const issue of contact.error.issues) {
      const key = String(issue.path[0] ?? 'contact');
      at(
        keyLine(key),
        `contact.${key} ${issue.message}. Fix: ${contactSchema.shape[key as 'email']?.description ?? 'see the comment above it'}.`,
      );
    }
  const formCheck = contactFormSchema.safeParse(form);
  if (!formCheck.success)
    at(
      keyLine('form'),
      `contact.form is ${JSON.stringify(form)}: ${formCheck.error.issues[0]?.message ?? 'expected an https:// URL'}. Fix: write ${contactFormSchema.description}.`,
    );
  if (noContactChannel(c))
    notices.push({
      level: 'warning',
      file: SITE_FILE,
      line: lineWhere(source, (l) => /^\s*contact: \{/.test(l)),
      message:
        "no contact channel is set (contact.email, contact.booking, contact.form and the owner's sameAs are all empty), so every call to action leads to the services page's offer and the section holding <Contact /> is left out. Fix: set contact.email, contact.booking or contact.form (or add a profile to sameAs) when there is a real one.",
    });

  problems.push(...trustProblems(c, siteAssets, source, SITE_FILE));
  const named = new Set(namedImages(c));
  for (const [path, asset] of siteAssets)
    if (!named.has(path))
      notices.push({
        level: 'warning',
        file: relative(process.cwd(), asset.path),
        line: 1,
        message: `${asset.name} is in ${path.split('/')[0]}/, but content/site.ts names it nowhere, so it is not published. Fix: name it (authors.<id>.image, a testimonial's photo, a client's logo), or remove the file.`,
      });
  const missing = missingTrust({ ...c, noContact: noContactChannel(c) });
  if (missing.length)
    notices.push({
      level: 'info',
      file: SITE_FILE,
      line: lineWhere(source, (l) => new RegExp(`^\\s*${missing[0]!.key}`).test(l)),
      message: `a complete marketing site still lacks: ${missing.map((m) => m.what).join(', ')}. Each is shown once content/site.ts has a real one (see the comment above each field); none is ever invented.`,
    });

  for (const { path } of c.elsewhere) {
    const line = textLine(path);
    if (!path.startsWith('/') || path.startsWith('//')) {
      at(
        line,
        `elsewhere lists "${path}", which is not a path of this origin. Fix: write it as a path such as /case-studies/<slug>.`,
      );
      continue;
    }
    const folder = built.get(path);
    if (folder)
      at(
        line,
        `elsewhere declares ${path} as served elsewhere, but ${folder} builds it here. Fix: remove it from elsewhere in ${SITE_FILE}.`,
      );
    else
      notices.push({
        level: 'info',
        file: SITE_FILE,
        line,
        message: `${path} is declared as served elsewhere on this origin: not built here, and links to it are kept as they are.`,
      });
  }

  // The owner's profiles are links in <Contact />: they may not run code either.
  for (const url of c.owner.sameAs) {
    const unsafe = unsafeLinkProblem(url);
    if (unsafe)
      at(
        lineWhere(source, (l) => l.includes(url)),
        `sameAs: ${unsafe}`,
      );
  }

  for (const [key, url] of Object.entries(c.links)) {
    const line = keyLine(key);
    // site:<key> links are written into the pages: they may not run code either.
    const unsafe = unsafeLinkProblem(url);
    if (unsafe) {
      at(line, `links.${key}: ${unsafe}`);
      continue;
    }
    if (url.startsWith(`${c.url}/`) || url === c.url) {
      at(
        line,
        `links.${key} is a full URL on the site's own origin, so a SITE_URL preview would send readers to production. Fix: write the path, "${url.slice(c.url.length) || '/'}".`,
      );
      continue;
    }
    if (!url.startsWith('/') || url.startsWith('//')) continue;
    const [, rawPath = '', fragment] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(url) ?? [];
    const path = decode(rawPath);
    if (!index.pages.has(path) && !index.publicFiles.has(path)) {
      // Article-only content folders (benchmarks, fixtures) build no marketing pages: say so, do not stop.
      notices.push({
        level: 'warning',
        file: SITE_FILE,
        line,
        message: `links.${key} is ${url}, which no content folder builds and elsewhere does not list, so links to it lead nowhere. Fix: add the content folder that builds ${path}, or list it in elsewhere.`,
      });
      continue;
    }
    const ids = index.anchors.get(path);
    if (fragment !== undefined && ids && !ids.has(decode(fragment)))
      at(
        line,
        `links.${key} is ${url}, but ${path} has no heading with the link id #${fragment}. Fix: link to one of its headings (${[
          ...ids,
        ]
          .slice(0, 4)
          .map((id) => `#${id}`)
          .join(', ')}), or give one that title.`,
      );
  }
  return { problems, notices };
}

/** Paths a page may not take: pages the build writes itself, and the folders of articles, case studies and icons. */
const RESERVED = /^\/(blog|case-studies|icons|scripts|_next)(\/|$)/;

/** A page path that another page or file of the build already has, or that is reserved. */
export function reservedPathProblem(
  path: string,
  fixed: SiteIndex,
  file: string,
  folder?: ContentFolder,
): Problem | undefined {
  if (!RESERVED.test(path) && !fixed.pages.has(path) && !fixed.publicFiles.has(path)) return undefined;
  const source = folder?.files.find((f) => f.name === 'page.mdx')?.source ?? '';
  return {
    file,
    line: lineWhere(source, (l) => l.startsWith('path:')),
    message: `path ${path} belongs to the site itself (its listings, articles, case studies, feeds or files). Fix: choose another path, e.g. /services/<name>.`,
  };
}
