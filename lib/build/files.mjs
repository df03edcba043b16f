// Walking out/ after the export: one listing that every finishing step shares.
import { existsSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as sorted paths relative to it with forward slashes.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/**
 * Removes the folders under `dir` that are (or become) empty.
 * @param {string} dir
 */
export function removeEmptyDirs(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    removeEmptyDirs(path);
    if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
  }
}
