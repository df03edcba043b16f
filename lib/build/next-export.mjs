// Next.js's internals in one room: every fact the build relies on about what `next build` writes
// for `output: 'export'`, and about how it calls a build adapter. Verified on Next.js >=16.4 <17
// (Turbopack), last on 16.4.6; tests/fixtures/next-export/ holds a page of that export as written.
// The other lib/build modules ask this one; none repeats a name or pattern from here.
//
// Anything these facts do not cover stops the build, with a message naming Next.js, the installed
// version, the verified range and this file: before out/ changes, a Next.js outside the range
// (checkNextVersion), an adapter call without the context fields used (exportDir) and a file that
// looks like Next.js's data but matches no rule here (checkExportFiles); before any page changes, a
// script that is neither Next.js's runtime nor the site's own (static-output.mjs ends its problems
// with unrecognisedScripts).
//
// Moving to a new Next.js: build it (the stop leaves out/ as Next.js wrote it, or build with
// KEEP_NEXT_RUNTIME=1), compare with tests/fixtures/next-export/, update the facts below and their
// tests, refresh the fixture, then widen VERIFIED and NEXT_VERIFIED_ON.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { listFiles } from './files.mjs';

/** This file, as the messages name it. */
export const NEXT_EXPORT_MODULE = 'lib/build/next-export.mjs';

// ---------------------------------------------------------------------------------------------
// The versions

/** The Next.js versions whose export this file describes: from `from` up to, not including, `belowMajor`. */
const VERIFIED = { from: { major: 16, minor: 4 }, belowMajor: 17 };

/** The verified range, as npm writes one. */
export const NEXT_VERIFIED = `>=${VERIFIED.from.major}.${VERIFIED.from.minor} <${VERIFIED.belowMajor}`;

/** The version the facts were last checked on, against a real export. */
export const NEXT_VERIFIED_ON = '16.4.6';

/** Where the installed version is read from. */
const NEXT_PACKAGE = 'node_modules/next/package.json';

/**
 * The version in the Next.js package that this project resolves (the one `next build` runs), or
 * undefined when it cannot be read.
 * @returns {unknown}
 */
export function installedNextVersion() {
  try {
    const file = createRequire(import.meta.url).resolve('next/package.json');
    return JSON.parse(readFileSync(file, 'utf8')).version;
  } catch {
    return undefined;
  }
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * A message in the one form every stop of this file takes.
 * @param {string} subject what Next.js did, starting "Next.js <version>"
 * @param {string} fix
 * @param {string} [as] what the file does not recognise it as
 */
const unrecognised = (subject, fix, as = '') =>
  `${subject}, which ${NEXT_EXPORT_MODULE} does not recognise${as} (verified on Next.js ${NEXT_VERIFIED}). Fix: ${fix}`;

/**
 * The version, when it is in the verified range; throws otherwise. A prerelease counts as just
 * before its release: 16.4.0-canary.1 is before the range, 17.0.0-canary.1 is past it.
 * @param {unknown} version the installed Next.js's version (installedNextVersion)
 * @returns {string}
 */
export function checkNextVersion(version) {
  const parsed = typeof version === 'string' ? SEMVER.exec(version) : null;
  if (typeof version !== 'string' || !parsed)
    throw new Error(
      unrecognised(
        `Next.js's ${NEXT_PACKAGE} gives ${version === undefined ? 'no version' : `its version as ${JSON.stringify(version)}`}`,
        `reinstall the dependencies (npm ci), then build again.`,
      ),
    );
  const major = Number(parsed[1]);
  const minor = Number(parsed[2]);
  const patch = Number(parsed[3]);
  const prerelease = parsed[4] !== undefined;
  const { from, belowMajor } = VERIFIED;
  const atLeast =
    major > from.major ||
    (major === from.major && (minor > from.minor || (minor === from.minor && !(patch === 0 && prerelease))));
  if (atLeast && major < belowMajor) return version;
  throw new Error(
    unrecognised(
      `Next.js ${version} is installed (${NEXT_PACKAGE})`,
      `install the version it was last verified on (npm install next@${NEXT_VERIFIED_ON}); or, to move to ` +
        `Next.js ${version}, build it, compare out/ with tests/fixtures/next-export/, and update the facts, ` +
        `their tests and the verified range in ${NEXT_EXPORT_MODULE}.`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The adapter (next.config.mjs `adapterPath`)

/** The hook Next.js calls once the build and the export are done. */
export const ADAPTER_HOOK = 'onBuildComplete';

/**
 * The hook's context fields the build uses, and what each holds (Next.js 16.4 passes more:
 * node_modules/next/dist/build/adapter/build-complete.d.ts).
 */
export const ADAPTER_CONTEXT = { projectDir: "the project's folder, an absolute path" };

/** The folder, in the project, that `next build` writes the static export to. */
export const EXPORT_DIR = 'out';

/**
 * The export's folder, from the hook's context; throws when a field used is missing or the folder
 * is not there.
 * @param {unknown} context what Next.js passed to the hook
 * @param {string} version the installed Next.js's version, for the message
 */
export function exportDir(context, version) {
  const missing = Object.keys(ADAPTER_CONTEXT).filter((field) => {
    const value = typeof context === 'object' && context !== null ? Reflect.get(context, field) : undefined;
    return typeof value !== 'string' || value === '';
  });
  if (missing.length > 0)
    throw new Error(
      unrecognised(
        `Next.js ${version} called the build adapter's ${ADAPTER_HOOK} without ` +
          missing.map((f) => `${f} (${Reflect.get(ADAPTER_CONTEXT, f)})`).join(', '),
        `find where Next.js ${version} passes ${missing.join(', ')} (its adapter types, ` +
          `node_modules/next/dist/build/adapter/build-complete.d.ts), and update ADAPTER_CONTEXT and exportDir in ` +
          `${NEXT_EXPORT_MODULE}.`,
      ),
    );
  const projectDir = /** @type {{ projectDir: string }} */ (context).projectDir;
  const out = join(projectDir, EXPORT_DIR);
  if (!statSync(out, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(
      unrecognised(
        `Next.js ${version} finished the build without an ${EXPORT_DIR}/ folder in ${projectDir}`,
        `check that next.config.mjs still sets output: 'export'; if it does, find where Next.js ${version} ` +
          `writes the export and update EXPORT_DIR in ${NEXT_EXPORT_MODULE}.`,
      ),
    );
  return out;
}

/**
 * A build adapter whose hook checks what Next.js handed over (its version, the context fields
 * used, the export folder and the names of the files in it) and then runs `finish` on out/.
 * Each check throws before `finish` runs, so out/ is left as Next.js wrote it.
 * @param {string} name
 * @param {(build: { out: string, projectDir: string, nextVersion: string }) => Promise<void>} finish
 * @returns {import('next').NextAdapter}
 */
export function nextAdapter(name, finish) {
  return {
    name,
    async [ADAPTER_HOOK](/** @type {unknown} */ context) {
      const nextVersion = checkNextVersion(installedNextVersion());
      const out = exportDir(context, nextVersion);
      checkExportFiles(listFiles(out), nextVersion);
      await finish({ out, projectDir: dirname(out), nextVersion });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The files of the export (paths relative to out/, forward slashes)

/** The framework's folder in out/: its JavaScript, CSS and hashed media. */
const FRAMEWORK_DIR = '_next/';

/** Next.js's content-hashed build assets, under the framework's folder: never change under a name. */
export const NEXT_STATIC_DIR = `${FRAMEWORK_DIR}static/`;

/** The RSC payload of a page: <page>.txt beside <page>.html. */
const PAYLOAD_EXT = '.txt';

/** The per-segment payloads the router prefetches: <route>/__next.<segments>.txt (`__next._tree.txt`…). */
const SEGMENT_PREFIX = '__next.';

/**
 * Names that look like Next.js's data but are none of the above: its build folder's payload names
 * (.rsc, .segment.rsc, <page>.segments/), or a name starting with __next. Never the site's own.
 */
const PAYLOAD_LIKE = /(^|\/)__next|\.rsc$|\.segments\//;

/** The route Next.js always exports for its internal not-found page (besides out/404.html). */
export const NOT_FOUND_ROUTE = '_not-found';

/**
 * The files a prerendered route writes under out/: its page, its RSC payload, and at its own path
 * the folder of its segment payloads (or, for a route handler, its body).
 * @param {string} route e.g. blog/page/_none
 */
export const routeFiles = (route) => [`${route}.html`, `${route}${PAYLOAD_EXT}`, route];

/**
 * What a file of the export is: Next.js's RSC payload ('payload'), its JavaScript ('script', .js
 * under _next/), its other build assets ('asset': CSS, fonts, images under _next/static/), the
 * site's own ('site': pages, public/ files, route handlers' output, robots.txt and llms.txt), or
 * 'unknown': a name that looks like Next.js's data or framework files and matches none of these.
 * @param {string} file
 * @param {ReadonlySet<string>} files every file of the export (a payload's page is among them)
 * @returns {'payload' | 'script' | 'asset' | 'site' | 'unknown'}
 */
export function exportFileKind(file, files) {
  if (file.startsWith(FRAMEWORK_DIR)) {
    if (file.endsWith('.js')) return 'script';
    return file.startsWith(NEXT_STATIC_DIR) ? 'asset' : 'unknown';
  }
  const name = file.split('/').at(-1) ?? '';
  if (name.startsWith(SEGMENT_PREFIX) && name.endsWith(PAYLOAD_EXT)) return 'payload';
  if (file.endsWith(PAYLOAD_EXT) && files.has(`${file.slice(0, -PAYLOAD_EXT.length)}.html`)) return 'payload';
  return PAYLOAD_LIKE.test(file) ? 'unknown' : 'site';
}

/**
 * Throws, naming the files, when the export holds a file whose kind is 'unknown'.
 * @param {readonly string[]} files
 * @param {string} version the installed Next.js's version, for the message
 */
export function checkExportFiles(files, version) {
  const all = new Set(files);
  const unknown = files.filter((f) => exportFileKind(f, all) === 'unknown');
  if (unknown.length === 0) return;
  const named = unknown.slice(0, 5).map((f) => `out/${f}`);
  const more = unknown.length > named.length ? ` and ${unknown.length - named.length} more` : '';
  throw new Error(
    unrecognised(
      `Next.js ${version} wrote ${named.join(', ')}${more}`,
      `read what Next.js ${version} writes there (out/ is as it wrote it), then teach exportFileKind in ` +
        `${NEXT_EXPORT_MODULE} whether to delete it (a payload or script the stripped pages no longer use) or keep it.`,
      ` as a file of Next.js's (a page's <page>.txt payload, __next.*.txt, ${NEXT_STATIC_DIR}…) or the site's own`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The runtime in the pages

/** The URL path under which every script is framework code (cut from the pages). */
const FRAMEWORK_PATH = `/${FRAMEWORK_DIR}`;

/** @param {string} path a URL path on the site */
export const isFrameworkPath = (path) => path.startsWith(FRAMEWORK_PATH);

/**
 * The inline scripts Next.js writes, recognised whole: a known call whose argument is JSON (so
 * nothing can follow it), and nothing else in the script. What Next.js 16 exports:
 *   (self.__next_f=self.__next_f||[]).push([0])        the RSC payload's queue
 *   self.__next_f.push([1,"…"])                         the RSC payload, in pieces
 *   (globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[…],…});
 *                                                       Turbopack's bootstrap (id="_R_")
 */
const RUNTIME_CALLS = [
  {
    pattern: /^\s*\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(([\s\S]*)\)\s*;?\s*$/,
    arg: Array.isArray,
  },
  { pattern: /^\s*self\.__next_f\.push\(([\s\S]*)\)\s*;?\s*$/, arg: Array.isArray },
  {
    pattern:
      /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\)\.push\(([\s\S]*)\)\s*;?\s*$/,
    arg: (/** @type {unknown} */ v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  },
];

/**
 * Whether an inline script's code is one of Next.js's own, exactly.
 * @param {string} code
 */
export function isRuntimeCode(code) {
  return RUNTIME_CALLS.some(({ pattern, arg }) => {
    const json = pattern.exec(code)?.[1];
    if (json === undefined) return false;
    try {
      return arg(JSON.parse(json));
    } catch {
      return false;
    }
  });
}

/**
 * What no page may hold once the runtime is gone, wherever it is (a data block, a <template>,
 * an attribute): the RSC payload's and Turbopack's names, and framework JavaScript files.
 */
const RUNTIME_TRACES = /__next_f|TURBOPACK|\/_next\/[^"'\s<>]*?\.m?js\b|static\/chunks\/[^"'\s<>]*?\.m?js\b/g;

/**
 * Every trace of the runtime in a page, in page order.
 * @param {string} html
 */
export const runtimeTraces = (html) => [...html.matchAll(RUNTIME_TRACES)];

/**
 * The closing paragraph of a stop on scripts or runtime names the removal does not recognise.
 * @param {string} version the installed Next.js's version
 */
export const unrecognisedScripts = (version) =>
  unrecognised(
    `Next.js ${version} wrote pages holding the scripts or runtime names above`,
    `for a script of the site's own, follow the Fix on its line; for a new form of Next.js's runtime, read it ` +
      `in out/ (the pages are as Next.js wrote them), then add it to RUNTIME_CALLS or RUNTIME_TRACES in ` +
      `${NEXT_EXPORT_MODULE}, with a row in its test.`,
    ` as Next.js's runtime or the site's own`,
  );
