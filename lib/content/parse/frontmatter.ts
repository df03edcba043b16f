import type { Root } from 'mdast';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { z } from 'zod';
import type { $ZodErrorMap } from 'zod/v4/core';
import type { Problem } from '../errors';

/** The YAML block at the top of an MDX file, with the line each field starts on. */
export interface Frontmatter {
  data: unknown;
  /**
   * Line in the MDX file of a field: top-level (`idea`) or nested, dotted (`idea.through.2`, the
   * third item); the nearest enclosing field's line when it is absent, else the opening `---`.
   */
  lineOf(field: string): number;
  /** What lineOf answers from, as data: a parsed article kept between builds keeps this, not the function. */
  fields: FieldLines;
  problems: Problem[];
}

/** Where the fields of a frontmatter are: plain data (Maps and numbers), which V8 can copy and a function cannot. */
export interface FieldLines {
  /** The line of every field and list item, at any depth, by its dotted path. */
  lines: ReadonlyMap<string, number>;
  /** The line of a field that is absent with no enclosing field present: the opening `---`, or 1 without a frontmatter. */
  absent: number;
}

/** The lines of a file without a frontmatter: every field is absent, at line 1. */
export const noFields = (): FieldLines => ({ lines: new Map(), absent: 1 });

/**
 * The lineOf of these field lines: a field's own line, else its nearest enclosing field's
 * (`idea.through.7` falls back to `idea.through`, then `idea`), else `absent`. The one way lineOf
 * is made, so a parsed article rebuilt from its kept field lines answers as the one just read.
 */
export const lineFinder =
  ({ lines, absent }: FieldLines) =>
  (field: string): number => {
    for (let path = field; path; path = path.slice(0, Math.max(0, path.lastIndexOf('.')))) {
      const line = lines.get(path);
      if (line !== undefined) return line;
    }
    return absent;
  };

export function readFrontmatter(file: string, tree: Root): Frontmatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    const fields = noFields();
    return { data: undefined, lineOf: lineFinder(fields), fields, problems: [] };
  }
  const firstLine = (node.position?.start.line ?? 1) + 1; // the line after the opening ---
  const counter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const lines = new Map<string, number>();
  // Every field and list item, at any depth, by its dotted path.
  const record = (node: unknown, prefix: string) => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (!(isPair(item) && isScalar(item.key) && item.key.range)) continue;
        const path = `${prefix}${String(item.key.value)}`;
        lines.set(path, at(item.key.range[0]));
        record(item.value, `${path}.`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        if (range) lines.set(`${prefix}${i}`, at(range[0]));
        record(item, `${prefix}${i}.`);
      });
    }
  };
  record(doc.contents, '');
  const fields: FieldLines = { lines, absent: firstLine - 1 };
  const problems = doc.errors.map((e) => ({
    file,
    line: at(e.pos[0]),
    message: `the frontmatter is not valid YAML (${e.message.split('\n')[0]}). Fix: check indentation and quote text that contains a colon.`,
  }));
  return {
    data: problems.length ? undefined : doc.toJS(),
    lineOf: lineFinder(fields),
    fields,
    problems,
  };
}

/** A value's kind in an author's words. */
const KINDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list such as [A, B]',
  object: 'a set of fields',
  number: 'a number',
};

/**
 * Zod's messages in an author's words, for the checks that have no message of their own in the
 * schema (which take precedence): "expected text", "expected one of: a, b", "expected at least 1
 * characters". Each reads after `field "<name>"`.
 */
export const authorErrorMap: $ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'invalid_format':
      return `is not in the expected format (${issue.format})`;
    default:
      return undefined;
  }
};

/** Validates frontmatter against a schema, turning each failure into a located, fixable problem. */
export function validateFrontmatter<S extends z.ZodObject>(
  file: string,
  fm: Frontmatter,
  schema: S,
): { value?: z.infer<S>; problems: Problem[] } {
  if (fm.problems.length) return { problems: fm.problems };
  if (fm.data === undefined || fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
    const fields = Object.keys(schema.shape).join(', ');
    return {
      problems: [
        {
          file,
          line: 1,
          message: `no frontmatter found. Fix: start the file with a block between two --- lines giving: ${fields}.`,
        },
      ],
    };
  }
  const data = fm.data as Record<string, unknown>;
  const result = schema.safeParse(data, { error: authorErrorMap });
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    if (issue.code === 'unrecognized_keys') {
      // Inside a nested field (idea: …) the known fields are that field's own.
      let shape: unknown = schema;
      for (const k of issue.path) shape = (shape as { shape?: Record<string, z.ZodType> }).shape?.[String(k)];
      while (shape && typeof (shape as { unwrap?: unknown }).unwrap === 'function' && !('shape' in (shape as object)))
        shape = (shape as { unwrap: () => unknown }).unwrap();
      const known = Object.keys((shape as { shape?: object } | undefined)?.shape ?? schema.shape).join(', ');
      const prefix = issue.path.map((k) => `${String(k)}.`).join('');
      return {
        file,
        line: fm.lineOf(`${prefix}${String(issue.keys[0])}`),
        message: `unknown field ${issue.keys.map((k) => `"${prefix}${k}"`).join(', ')}. Fix: use one of ${known}, or remove it.`,
      };
    }
    const field = issue.path.join('.');
    const key = String(issue.path[0] ?? '');
    const about = (schema.shape as Record<string, z.ZodType>)[key]?.description;
    const found = issue.path.reduce<unknown>(
      (v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey],
      data,
    );
    const why = about ? ` (${about})` : '';
    if (found === undefined && issue.path.length === 1) {
      return {
        file,
        line: fm.lineOf(key),
        message: `field "${field}" is missing${why}. Fix: add a line "${key}: …" to the frontmatter.`,
      };
    }
    return {
      file,
      line: fm.lineOf(field),
      message: `field "${field}" ${issue.message}; found ${JSON.stringify(found)}.${about ? ` Fix: "${key}" is ${about}.` : ''}`,
    };
  });
  return { problems };
}
