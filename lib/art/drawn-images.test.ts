import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, COVER_DRAWING, drawingKey } from './drawn-images';
import { importGraph } from '../build/import-graph';

const root = mkdtempSync(join(tmpdir(), 'drawn-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A copy of what the cover key reads: the repository's code (lib/, components/, content/), the
 * font, and the package.json of every package the drawing imports. Edits happen in the copy.
 */
const repo = join(root, 'repo');
for (const dir of ['lib', 'components', 'content'])
  cpSync(dir, join(repo, dir), { recursive: true, filter: (src) => !/\.(png|jpe?g|webp)$/.test(src) });
const graph = importGraph(COVER_DRAWING.entry);
for (const file of [...COVER_DRAWING.data, ...graph.packages.map((p) => join('node_modules', p, 'package.json'))]) {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  cpSync(file, join(repo, file));
}
const coverKey = () => drawingKey({ headline: 'A' }, COVER_DRAWING, repo);

/** The key after `edit` changes the file, then the file put back as it was. */
function keyAfter(file: string, edit: (path: string) => void) {
  const path = join(repo, file);
  const before = readFileSync(path);
  edit(path);
  try {
    return coverKey();
  } finally {
    writeFileSync(path, before);
  }
}
const addComment = (path: string) => appendFileSync(path, '\n// an edit\n');

describe('drawingKey of a cover', () => {
  const unchanged = coverKey();

  it('is the same for the same words, size and drawing code', () => {
    expect(drawingKey({ headline: 'A', size: 1 }, COVER_DRAWING, repo)).toBe(
      drawingKey({ headline: 'A', size: 1 }, COVER_DRAWING, repo),
    );
  });

  it('changes with anything the image shows', () => {
    const key = (inputs: unknown) => drawingKey(inputs, COVER_DRAWING, repo);
    expect(key({ headline: 'A', size: 1 })).not.toBe(key({ headline: 'B', size: 1 }));
    expect(key({ headline: 'A', size: 1 })).not.toBe(key({ headline: 'A', size: 2 }));
  });

  // The modules are read from the import graph, not from a list: the test names a few it must
  // reach (lib/art/diagram-layout.ts was missing from the old hand list) and edits every one it finds.
  it('reaches every module the drawing runs, through its imports', () => {
    expect(importGraph(COVER_DRAWING.entry, repo)).toEqual(graph);
    expect(graph.files).toEqual(
      expect.arrayContaining([
        'lib/art/cover-png.ts',
        'lib/art/cover-svg.ts',
        'lib/art/cover-layout.ts',
        'lib/art/idea-layout.ts',
        'lib/art/diagram-layout.ts',
        'lib/art/fit-text.ts',
        'lib/art/cover-font.ts',
      ]),
    );
    expect(graph.packages).toEqual(expect.arrayContaining(['sharp', 'opentype.js']));
  });

  it.each(graph.files)('changes when %s, which the drawing imports, is edited', (file) => {
    expect(keyAfter(file, addComment)).not.toBe(unchanged);
    expect(coverKey()).toBe(unchanged);
  });

  it.each([
    'lib/media/covers.ts',
    'lib/media/media.ts',
    'lib/content/kinds/article.ts',
    'lib/art/idea.ts',
    'content/site.ts',
  ])('stays when %s, which the drawing does not run, is edited', (file) => {
    expect(graph.files).not.toContain(file);
    expect(keyAfter(file, addComment)).toBe(unchanged);
  });

  it('changes with the font’s bytes', () => {
    const [font] = COVER_DRAWING.data;
    expect(keyAfter(font, (path) => appendFileSync(path, Buffer.from([0])))).not.toBe(unchanged);
  });

  it.each(graph.packages)('changes with the installed version of %s', (name) => {
    const file = join('node_modules', name, 'package.json');
    const bump = (path: string) => {
      const pkg = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
      writeFileSync(path, JSON.stringify({ ...pkg, version: `${pkg.version}-next` }));
    };
    expect(keyAfter(file, bump)).not.toBe(unchanged);
  });

  it('fails, naming the file, when a module the drawing imports is missing', () => {
    const path = join(repo, 'lib/art/diagram-layout.ts');
    const before = readFileSync(path);
    rmSync(path);
    try {
      expect(coverKey).toThrow("lib/art/idea-layout.ts: cannot find the module './diagram-layout'");
    } finally {
      writeFileSync(path, before);
    }
  });
});

describe('cachedPng', () => {
  const dir = join(root, 'cache');
  const png = (byte: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, byte]);

  it('draws an image once, then serves the kept bytes without drawing', async () => {
    let draws = 0;
    const draw = async () => (draws++, png(1));
    const first = await cachedPng('k1', draw, dir);
    const second = await cachedPng('k1', draw, dir);
    expect(draws).toBe(1);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(new Uint8Array(png(1)));
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(new Uint8Array(png(1)));
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('keeps nothing when drawing fails', async () => {
    await expect(cachedPng('k2', () => Promise.reject(new Error('librsvg: no')), dir)).rejects.toThrow('librsvg: no');
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });
});
