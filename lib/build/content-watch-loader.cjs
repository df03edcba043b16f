// A Turbopack loader (next.config.mjs: turbopack.rules) for lib/content/edits.watched.ts. Under
// `next dev` it makes the content folder a dependency of the content store, so pages reload when an
// MDX file changes, and exports a fingerprint of the folder (lib/content/fingerprint.cjs).
const { resolve } = require('node:path');
const { folderFingerprint } = require('../content/fingerprint.cjs');

const PRODUCTION = `const edits: string = 'build';\nexport default edits;\n`;

/** @this {{ rootContext: string, addContextDependency(dir: string): void }} */
module.exports = function contentWatchLoader() {
  // `next build` reads the content at run time, from the snapshot next.config.mjs shares
  // (lib/content/store.ts), never from this module: watching the folder there would only make every
  // edit to an article a change to the compiled code, and a rebuild recompile every route that reads
  // content (Turbopack's cache in .next/ keeps the rest).
  if (process.env.NODE_ENV === 'production') return PRODUCTION;
  const dirs = [process.env.CONTENT_DIR || 'content', 'public'].map((d) => resolve(this.rootContext, d));
  for (const dir of dirs) this.addContextDependency(dir);
  return `const edits: string = ${JSON.stringify(dirs.map(folderFingerprint).join('.'))};\nexport default edits;\n`;
};
