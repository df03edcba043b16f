// The fingerprint of a folder: a hash of the path, size and modification time of every file
// under it, which changes with any edit. One function for both of its readers: the content store
// (lib/content/store.ts), which reads the content again when it changes, and the Turbopack loader
// that makes `next dev` reload pages on an edit (lib/build/content-watch-loader.cjs). CommonJS,
// so that loader can require it.
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/**
 * @param {string} dir
 * @returns {string} 16 hex digits, or "missing" when there is no such folder
 */
function folderFingerprint(dir) {
  if (!existsSync(dir)) return 'missing';
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

module.exports = { folderFingerprint };
