// `npm run check`: lints the content like a compiler, one `file:line: message` a problem.
// Exits 1 when there is any problem, 2 when the content cannot be read at all.
import { join, relative } from 'node:path';
import { checkFolders, listFiles } from './check';
import { formatProblem } from './errors';
import { contentRoot, readContentFolders, type ContentFolder } from './load';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

let folders: ContentFolder[];
try {
  folders = readContentFolders(contentRoot());
} catch (error) {
  console.error(`npm run check: ${(error as Error).message}`);
  process.exit(2);
}

const problems = checkFolders(folders, listFiles(join(process.cwd(), 'public')));
for (const p of problems) console.log(formatProblem(p));

const scope = `${plural(folders.length, 'article')}, ${plural(folders.flatMap((f) => f.files).length, 'file')} in ${relative(process.cwd(), contentRoot()) || '.'}`;
if (problems.length) {
  console.log(`${plural(problems.length, 'problem')} (${scope}). Fix them and run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log(`OK: ${scope}; no problems.`);
}
