import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** What a module reaches through its imports: the repository's files, and the packages. */
export interface ImportGraph {
  /** The entry and every file of the repository it imports, directly or not: paths from the root, sorted. */
  files: string[];
  /** The npm packages those files import ('sharp', '@scope/name'), sorted; Node's own modules left out. */
  packages: string[];
}

const CODE = /\.(ts|tsx|mts|js|mjs)$/;
const RESOLVE = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

// `import … from '…'` and `export … from '…'`, with what they bring in (the clause: names, braces,
// commas, `* as`, `type`), at the start of a line, so a word "from" in a comment or string is not read.
const FROM = /^[ \t]*(import|export)\s+(type\s+)?([\w$*\s{},]*?)\s*from\s*['"]([^'"]+)['"]/gm;
// `import '…'` for its effects, and `import('…')`.
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The modules `entry` (a path from `root`) runs: it and every file of the repository it imports,
 * transitively, following relative and `@/` (the root, as tsconfig's paths say) imports. Imports
 * of types only (`import type`, or braces holding only `type` names) are left out: the compiler
 * erases them, so they cannot change what the code does. A relative import that names no file
 * fails, naming the importer.
 */
export function importGraph(entry: string, root: string = process.cwd()): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const path = relative(root, file).split(sep).join('/');
    if (files.has(path)) return;
    files.add(path);
    if (!CODE.test(file)) return;
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(file), spec);
        const found = RESOLVE.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
        if (!found) throw new Error(`${path}: cannot find the module '${spec}' it imports`);
        visit(found);
      } else if (!spec.startsWith('node:')) {
        packages.add(packageName(spec));
      }
    }
  };
  visit(resolve(root, entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The module specifiers a source imports at run time, in order. */
export function runtimeImports(source: string): string[] {
  const specs: string[] = [];
  for (const [, , typeOnly, clause, spec] of source.matchAll(FROM)) {
    if (typeOnly || onlyTypes(clause!)) continue;
    specs.push(spec!);
  }
  for (const [, spec] of source.matchAll(BARE)) specs.push(spec!);
  for (const [, spec] of source.matchAll(DYNAMIC)) specs.push(spec!);
  return specs;
}

/** `{ type A, type B }`: braces and nothing else, every name in them a type. */
function onlyTypes(clause: string): boolean {
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => /^type\s/.test(name));
}

/** 'sharp' of 'sharp', '@img/x' of '@img/x/lib/y'. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The circles among the modules under `dir` (a path from `root`): groups of files that import each
 * other in a loop, types included (a loop of types still ties two files into one). Each circle is
 * its files, sorted; none means each module can be read knowing only what it imports.
 */
export function importCircles(dir: string, root: string = process.cwd()): string[][] {
  const files = codeFiles(join(root, dir)).map((f) => relative(root, f).split(sep).join('/'));
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    const specs = [...source.matchAll(FROM)].map((m) => m[4]!).concat(runtimeImports(source));
    const targets = specs
      .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'))
      .map((spec) => (spec.startsWith('@/') ? spec.slice(2) : join(dirname(file), spec).split(sep).join('/')))
      .map((base) => RESOLVE.map((ext) => base + ext).find((p) => known.has(p)))
      .filter((p): p is string => p !== undefined);
    edges.set(file, [...new Set(targets)]);
  }
  return stronglyConnected(files, edges)
    .filter((group) => group.length > 1 || edges.get(group[0]!)!.includes(group[0]!))
    .map((group) => group.sort());
}

/** Source files under `dir`, tests and declaration files left out. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return CODE.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Tarjan's strongly connected components of a directed graph. */
function stronglyConnected(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group);
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}
