// `npm run check`: lints the content like a compiler, one `file:line: message` a problem.
// Exits 1 when there is any problem, 2 when the content cannot be read at all.
import { join, relative } from 'node:path';
import { inspectFolders, listFiles } from '../checks';
import { formatProblem } from '../errors';
import type { ContentFolder } from '../files';
import { contentRoot, folderKind, readContentFolders } from '../load';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

let folders: ContentFolder[];
try {
  folders = readContentFolders(contentRoot());
} catch (error) {
  console.error(`npm run check: ${(error as Error).message}`);
  process.exit(2);
}

const { problems, notices } = inspectFolders(folders, listFiles(join(process.cwd(), 'public')));
for (const p of problems) console.log(formatProblem(p));
// Warnings and notes do not fail the check; they are printed so nothing is hidden.
for (const n of notices) console.log(`${n.level}: ${formatProblem(n)}`);

const kinds = folders.map(folderKind);
const count = (kind: string) => kinds.filter((k) => k === kind).length;
const others = [
  [count('page'), 'page'],
  [count('caseStudy'), 'case study'],
] as const;
const folderCounts = [
  plural(count('article'), 'article'),
  ...others
    .filter(([n]) => n > 0)
    .map(([n, w]) => (w === 'case study' && n !== 1 ? `${n} case studies` : plural(n, w))),
].join(', ');
const scope = `${folderCounts}, ${plural(folders.flatMap((f) => f.files).length, 'file')} in ${relative(process.cwd(), contentRoot()) || '.'}`;
if (problems.length) {
  console.log(`${plural(problems.length, 'problem')} (${scope}). Fix them and run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log(`OK: ${scope}; no problems.`);
}
