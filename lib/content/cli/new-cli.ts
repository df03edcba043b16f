// `npm run new -- "Title of the article"`: writes a new draft article folder under the content
// folder, ready for `npm run dev`. Exits 1, writing nothing, on a bad title or an existing folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../load';
import { newArticle } from './new-article';

const title = process.argv.slice(2).join(' ');
if (!title.trim()) {
  console.error('npm run new: give the title. Usage: npm run new -- "Title of the article"');
  process.exit(1);
}

try {
  const { folder, files } = newArticle(title);
  const dir = join(contentRoot(), folder);
  const shown = relative(process.cwd(), dir);
  if (existsSync(dir)) throw new Error(`${shown} already exists. Fix: choose another title, or edit that article.`);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.source);
  console.log(`Created ${shown}/ (a draft): ${files.map((f) => f.name).join(', ')}.`);
  console.log(`Next: npm run dev, then open http://localhost:3000/blog/${folder}`);
} catch (error) {
  console.error(`npm run new: ${(error as Error).message}`);
  process.exit(1);
}
