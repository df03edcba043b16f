import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.mjs';

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
  return listFiles(outDir)
    .filter((file) => file.endsWith(`/${TWIN_FILE}`))
    .map((from) => {
      const page = from.slice(0, -`/${TWIN_FILE}`.length);
      const to = `${page}.md`;
      if (existsSync(join(outDir, to))) throw new Error(`Markdown twin: ${to} already exists; not overwriting it.`);
      renameSync(join(outDir, from), join(outDir, to));
      if (readdirSync(join(outDir, page)).length === 0) rmdirSync(join(outDir, page));
      return { from, to };
    });
}
