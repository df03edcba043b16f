import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The name of a Markdown twin as the route writes it: <page>/index.md. */
export const TWIN_FILE = 'index.md';

/**
 * Moves every <dir>/index.md under `outDir` to <dir>.md, beside the page it twins
 * (/blog/x/index.md → /blog/x.md), removing <dir> when nothing else is in it.
 * Returns the moves made, as paths relative to outDir.
 * @param {string} outDir
 * @returns {{ from: string, to: string }[]}
 */
export function moveMarkdownTwins(outDir) {
  /** @type {{ from: string, to: string }[]} */
  const moves = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === TWIN_FILE && dir !== outDir) {
        const to = `${dir}.md`;
        if (existsSync(to))
          throw new Error(`Markdown twin: ${relative(outDir, to)} already exists; not overwriting it.`);
        renameSync(path, to);
        moves.push({ from: relative(outDir, path), to: relative(outDir, to) });
        if (readdirSync(dir).length === 0) rmdirSync(dir);
      }
    }
  };
  walk(outDir);
  return moves;
}
