import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCircles, importGraph, runtimeImports } from './import-graph';

/** A scratch project: a folder, and a writer of its files by path. */
function scratch(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, source: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), source);
  };
  return { root, write };
}

describe('runtimeImports', () => {
  it.each([
    ['a default import', `import sharp from 'sharp';`, ['sharp']],
    ['named imports over lines', `import {\n  a,\n  b,\n} from './x';`, ['./x']],
    ['named imports beside a type', `import { a, type B } from './x';`, ['./x']],
    ['a default import beside types', `import o, { type F } from 'o';`, ['o']],
    ['a namespace import', `import * as x from "@/lib/x";`, ['@/lib/x']],
    ['a re-export', `export { a } from './a';\nexport * from './b';`, ['./a', './b']],
    ['an import for its effects', `import './side';`, ['./side']],
    ['an empty import, for its effects', `import {} from './side';`, ['./side']],
    ['a dynamic import', `const m = await import('./late');`, ['./late']],
    ['import type: erased', `import type { A } from './types';`, []],
    ['braces of types only: erased', `import { type A, type B } from './types';`, []],
    ['export type: erased', `export type { A } from './types';`, []],
    ['"from" in a comment', `// the words come from 'somewhere'\nconst x = 1;`, []],
    ['"import" in a string', `const s = "import x from './nowhere'";`, []],
  ])('%s', (_, source, specs) => expect(runtimeImports(source)).toEqual(specs));
});

describe('importGraph', () => {
  const { root, write } = scratch('graph-');
  write('lib/entry.ts', `import { a } from './a';\nimport type { T } from './types';\nimport sharp from 'sharp';`);
  write('lib/a.ts', `import { b } from '@/lib/b';\nimport { readFileSync } from 'node:fs';\nexport const a = 1;`);
  write('lib/b.tsx', `import { c } from './c';\nimport { entry } from './entry';\nimport x from '@img/pkg/sub';`);
  write('lib/c/index.ts', `export const c = 1;`);
  write('lib/types.ts', `import { never } from './unreached';`);
  write('lib/unreached.ts', `export const never = 1;`);
  write('lib/broken.ts', `import { gone } from './gone';`);

  it('follows relative and @/ imports through .ts, .tsx and index files, once each, cycles included', () => {
    expect(importGraph('lib/entry.ts', root)).toEqual({
      files: ['lib/a.ts', 'lib/b.tsx', 'lib/c/index.ts', 'lib/entry.ts'],
      packages: ['@img/pkg', 'sharp'],
    });
  });

  it('fails, naming the importer, on an import of no file', () => {
    expect(() => importGraph('lib/broken.ts', root)).toThrow("lib/broken.ts: cannot find the module './gone'");
  });
});

describe('importCircles', () => {
  const { root, write } = scratch('circles-');
  write('lib/load.ts', `import { readArticle } from './kinds/article';`);
  write('lib/kinds/article.ts', `import type { AssetFile } from '../load';\nimport { x } from '@/lib/files';`);
  write('lib/files.ts', `export const x = 1;`);
  write('lib/self.ts', `import { me } from './self';`);
  write('lib/line.ts', `import { x } from './files';`);
  write('lib/line.test.ts', `import { x } from './line';\nimport { y } from './line.test';`);

  it('finds a loop of imports, types included, and a module that imports itself; a line of imports is none', () => {
    expect(importCircles('lib', root)).toEqual(
      expect.arrayContaining([['lib/kinds/article.ts', 'lib/load.ts'], ['lib/self.ts']]),
    );
    expect(importCircles('lib', root)).toHaveLength(2);
  });

  it('finds none in the modules of lib/ (each wing reads only what it imports)', () => {
    expect(importCircles('lib')).toEqual([]);
  });
});
