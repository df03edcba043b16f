// The site's own scripts (public/scripts/, served from /scripts/) are written to be read, with
// comments; what a reader downloads is minified (esbuild), which takes a third off the table of
// contents script, part of the article's 16 KiB budget (tests/static/budget.test.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export const SCRIPTS_DIR = 'scripts';

/**
 * Minifies one script. It stays a classic script for the browsers the site supports (es2019), and
 * a syntax error stops the build naming the file and the line.
 * @param {string} code
 * @param {string} file the script's path, for the error
 * @returns {string}
 */
export function minifyScript(code, file) {
  try {
    return transformSync(code, { minify: true, target: 'es2019', loader: 'js' }).code;
  } catch (error) {
    const first = /** @type {{ errors?: { text: string, location?: { line: number } }[] }} */ (error).errors?.[0];
    throw new Error(
      `${file}:${first?.location?.line ?? 1}: ${first?.text ?? String(error)}. Fix: correct the script in public/${SCRIPTS_DIR}/.`,
    );
  }
}

/**
 * Minifies every .js file in out/scripts/ in place (a site without scripts has none); returns how many bytes it saved.
 * @param {string} out
 */
export function minifyScripts(out) {
  const dir = join(out, SCRIPTS_DIR);
  let saved = 0;
  if (!existsSync(dir)) return saved;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = join(dir, name);
    const code = readFileSync(file, 'utf8');
    const min = minifyScript(code, `public/${SCRIPTS_DIR}/${name}`);
    writeFileSync(file, min);
    saved += Buffer.byteLength(code) - Buffer.byteLength(min);
  }
  return saved;
}
