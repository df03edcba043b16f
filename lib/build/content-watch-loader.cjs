// A Turbopack loader (next.config.mjs: turbopack.rules) for lib/content/edits.watched.ts. It makes
// the content folder a dependency of the content store, so `next dev` reloads pages when an MDX
// file changes, and exports a fingerprint of the folder (lib/content/fingerprint.cjs).
const { resolve } = require('node:path');
const { folderFingerprint } = require('../content/fingerprint.cjs');

/** @this {{ rootContext: string, addContextDependency(dir: string): void }} */
module.exports = function contentWatchLoader() {
  const dirs = [process.env.CONTENT_DIR || 'content', 'public'].map((d) => resolve(this.rootContext, d));
  for (const dir of dirs) this.addContextDependency(dir);
  return `const edits: string = ${JSON.stringify(dirs.map(folderFingerprint).join('.'))};\nexport default edits;\n`;
};
