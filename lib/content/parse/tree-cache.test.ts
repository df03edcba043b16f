import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { codeKey, PARSER_ENTRY } from '../snapshot';
import { keepTrees, parseMdx, readMdx, withTreeCache } from './markdown';
import { openTreeCache, readTree, writeTree } from './tree-cache';
import { spoilings } from '../spoiled-files';

const tmp = mkdtempSync(join(tmpdir(), 'tree-cache-'));
const dir = join(tmp, 'trees');
const SOURCE = '---\ntitle: One\n---\n\nSome *text* and a [link](/blog/x).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
const OTHER = '---\ntitle: Two\n---\n\nOther text.\n';

beforeEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const only = () => readdirSync(dir).map((name) => join(dir, name));

describe('the MDX tree cache', () => {
  it('gives back the tree parsed from the same text by the same parser, as a copy', () => {
    const cache = openTreeCache(dir, 'parser-1');
    expect(cache.get(SOURCE)).toBeUndefined();
    const tree = parseMdx(SOURCE);
    cache.set(SOURCE, tree);
    const back = cache.get(SOURCE)!;
    expect(back).toStrictEqual(tree);
    expect(back).not.toBe(tree);
    expect(cache.get(OTHER), 'other text').toBeUndefined();
    expect(openTreeCache(dir, 'parser-2').get(SOURCE), 'another parser').toBeUndefined();
    expect(readdirSync(dir).every((name) => name.endsWith('.tree'))).toBe(true);
  });

  it('makes readMdx read a kept tree instead of parsing, and keep each tree as parsed', () => {
    const cache = openTreeCache(dir, 'parser-1');
    const first = withTreeCache(cache, () => readMdx('a.mdx', SOURCE));
    expect(first).toEqual({ tree: parseMdx(SOURCE), problems: [] });
    // A reader changes the tree it was given (heading ids): the kept one stays as parsed.
    first.tree!.children.push({ type: 'thematicBreak' });
    expect(cache.get(SOURCE)).toStrictEqual(parseMdx(SOURCE));
    // What is kept is what is read: a tree planted under the text's name comes back, unparsed.
    const planted = parseMdx(OTHER);
    writeTree(only()[0]!, planted);
    expect(withTreeCache(cache, () => readMdx('a.mdx', SOURCE)).tree).toStrictEqual(planted);
    // Outside withTreeCache, readMdx parses.
    expect(readMdx('a.mdx', SOURCE).tree).toStrictEqual(parseMdx(SOURCE));
  });

  it('keeps no tree of a file with a syntax error: the problem is said again on every read', () => {
    const cache = openTreeCache(dir, 'parser-1');
    const bad = '---\ntitle: Bad\n---\n\n<QuickAnswer\n';
    const read = () => withTreeCache(cache, () => readMdx('bad.mdx', bad));
    expect(read().problems).toHaveLength(1);
    expect(read().problems).toHaveLength(1);
    expect(cache.get(bad)).toBeUndefined();
  });

  it.each([
    ...spoilings({ magic: 'mdx-tree', format: 1 }),
    [
      'whole, but not a tree',
      (file: string) => {
        const body = serialize({ type: 'paragraph' });
        const hash = createHash('sha256').update(body).digest('hex');
        writeFileSync(file, Buffer.concat([Buffer.from(`mdx-tree 1 ${hash} ${body.length}\n`), body]));
      },
    ],
    [
      'whole, but not V8',
      (file: string) => {
        const body = Buffer.from('not a V8 serialization');
        const hash = createHash('sha256').update(body).digest('hex');
        writeFileSync(file, Buffer.concat([Buffer.from(`mdx-tree 1 ${hash} ${body.length}\n`), body]));
      },
    ],
  ])('ignores a file %s: the text is parsed again and its tree kept anew', (_, spoil) => {
    const cache = openTreeCache(dir, 'parser-1');
    withTreeCache(cache, () => readMdx('a.mdx', SOURCE));
    const [file] = only();
    spoil(file!);
    expect(readTree(file!)).toBeUndefined();
    expect(cache.get(SOURCE)).toBeUndefined();
    expect(withTreeCache(cache, () => readMdx('a.mdx', SOURCE))).toEqual({ tree: parseMdx(SOURCE), problems: [] });
    expect(readTree(file!), 'written again').toStrictEqual(parseMdx(SOURCE));
  });

  it('prunes the trees a read did not use, and nothing when it used none', () => {
    const before = openTreeCache(dir, 'parser-1');
    withTreeCache(before, () => [SOURCE, OTHER].map((s) => readMdx('a.mdx', s)));
    writeFileSync(join(dir, 'x.tree.123.tmp'), 'a dead writer’s file');
    expect(readdirSync(dir)).toHaveLength(3);
    openTreeCache(dir, 'parser-1').prune();
    expect(readdirSync(dir), 'a cache that read nothing deletes nothing').toHaveLength(3);
    const after = openTreeCache(dir, 'parser-1');
    withTreeCache(after, () => readMdx('a.mdx', OTHER));
    after.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(after.get(OTHER)).toStrictEqual(parseMdx(OTHER));
  });

  it('keeps through prune the trees of texts it was told to keep, unread (read this build from another cache)', () => {
    const before = openTreeCache(dir, 'parser-1');
    withTreeCache(before, () => [SOURCE, OTHER].map((s) => readMdx('a.mdx', s)));
    const after = openTreeCache(dir, 'parser-1');
    withTreeCache(after, () => {
      readMdx('a.mdx', OTHER);
      keepTrees([SOURCE, 'a text never parsed']);
    });
    after.prune();
    expect(readdirSync(dir)).toHaveLength(2);
    expect(after.get(SOURCE)).toStrictEqual(parseMdx(SOURCE));
    // Outside withTreeCache there is no cache to tell.
    expect(() => keepTrees([SOURCE])).not.toThrow();
  });

  it('is keyed by the parser’s code, read from the import graph of the parse module', () => {
    const project = join(tmp, 'project');
    cpSync('lib', join(project, 'lib'), { recursive: true });
    cpSync('content/site.ts', join(project, 'content/site.ts'));
    const key = codeKey(PARSER_ENTRY, project);
    expect(codeKey(PARSER_ENTRY, project)).toBe(key);
    // mdx-syntax.ts is imported by the parse module: an edit to it is an edit to the parser.
    const imported = join(project, 'lib/content/parse/mdx-syntax.ts');
    writeFileSync(imported, `${readFileSync(imported, 'utf8')}\n// an edit\n`);
    const edited = codeKey(PARSER_ENTRY, project);
    expect(edited).not.toBe(key);
    // A module the parser does not import (a page's renderer) is not.
    const other = join(project, 'lib/content/parse/to-hast.ts');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\n// an edit\n`);
    expect(codeKey(PARSER_ENTRY, project)).toBe(edited);
  });
});
