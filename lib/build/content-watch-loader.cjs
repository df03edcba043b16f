// A Turbopack loader (next.config.mjs: turbopack.rules) for lib/content/edits.watched.ts. It makes
// the content folder a dependency of the content store, so `next dev` reloads pages when an MDX
// file changes, and exports a fingerprint of the folder (paths, sizes, modification times).
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

/** @param {string} dir */
function fingerprint(dir) {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return 'missing';
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** @this {{ rootContext: string, addContextDependency(dir: string): void }} */
module.exports = function contentWatchLoader() {
  const dirs = [process.env.CONTENT_DIR || 'content', 'public'].map((d) => resolve(this.rootContext, d));
  for (const dir of dirs) this.addContextDependency(dir);
  return `const edits: string = ${JSON.stringify(dirs.map(fingerprint).join('.'))};\nexport default edits;\n`;
};
