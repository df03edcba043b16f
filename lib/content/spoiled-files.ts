import { readFileSync, truncateSync, writeFileSync } from 'node:fs';

// For the tests of the caches kept between builds (parse/tree-cache.ts, article-cache.ts,
// lib/build/page-cache.mjs): the ways a sealed file (sealed-file.ts) of theirs can be spoiled on
// disk, each of which a cache must read as no entry, never trust.

/** Each way a sealed file of `kind` can be spoiled: a name for the test, and what does it to a file. */
export function spoilings(kind: { magic: string; format: number }): [string, (file: string) => void][] {
  return [
    ['cut short', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    [
      'damaged (one byte changed)',
      (file) => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 5] = 0xff - bytes[bytes.length - 5]!;
        writeFileSync(file, bytes);
      },
    ],
    ['empty', (file) => writeFileSync(file, '')],
    [
      'of another format',
      (file) => {
        const text = readFileSync(file, 'latin1');
        const header = `${kind.magic} ${kind.format} `;
        if (!text.startsWith(header)) throw new Error(`${file} is not a ${kind.magic} file of format ${kind.format}`);
        writeFileSync(file, `${kind.magic} ${kind.format + 1} ${text.slice(header.length)}`, 'latin1');
      },
    ],
  ];
}
