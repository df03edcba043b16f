import type { Problem } from '../errors';

/** What the MDX parser throws: a vfile message with a place, a rule id and the parser's reason. */
interface ParserMessage {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  line?: number | null;
  column?: number | null;
  place?: { offset?: number } | null;
}

/**
 * The fix for each MDX syntax mistake the parser names, by its rule id. MDX reads `<` as the start
 * of a component and `{` as the start of a JavaScript expression, so the usual mistakes are a
 * literal `<` or `{` in prose and a component left open.
 */
const FIXES: Record<string, [why: string, fix: string]> = {
  'unexpected-character': [
    'MDX reads "<" as the start of a component',
    'write &lt; for a literal "<" (e.g. p95 &lt;200ms), or complete the tag',
  ],
  'unexpected-eof': [
    'MDX reads "{" as the start of an expression',
    'write \\{ for a literal "{", or close what was opened',
  ],
  'unexpected-lazy': ['a component or expression runs on into the next line', 'close it on the line it opens'],
  'end-tag-mismatch': [
    'a component is opened and not closed in the same block',
    'put the opening and the closing tag each on a line of their own, with a blank line before and after the text inside',
  ],
  'unexpected-closing-slash': [
    'a closing tag has no opening tag before it',
    'remove it or add the opening tag; write &lt;/ for literal text',
  ],
  acorn: ['the text inside { } is not a valid expression', 'write \\{ for a literal "{"'],
};

const GENERIC: [string, string] = [
  'MDX reads "<" as a component and "{" as an expression',
  'write &lt; for a literal "<" and \\{ for a literal "{", and close every component you open',
];

/**
 * A syntax error from the MDX parser as a located problem: `file:line:column`, what the parser
 * says, and what to do. Some messages carry no place of their own but name it in their text,
 * e.g. "Expected a closing tag for `<QuickAnswer>` (3:1-3:14)".
 */
export function syntaxProblem(file: string, error: unknown, source = ''): Problem {
  const e = (error ?? {}) as ParserMessage;
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  let line = e.line ?? (named ? Number(named[1]) : 1);
  let column = e.column ?? (named ? Number(named[2]) : undefined);
  // An expression left open is reported where the file (or block) ends; point at its "{" instead.
  const open = e.ruleId === 'unexpected-eof' ? openingBrace(source, e.place?.offset) : undefined;
  if (open) ({ line, column } = open);
  const [why, fix] = FIXES[e.ruleId ?? ''] ?? GENERIC;
  return { file, line, column, message: `MDX syntax error: ${reason.replace(/\.$/, '')}; ${why}. Fix: ${fix}.` };
}

/** Line and column of the last "{" (not written \\{) before `offset`. */
function openingBrace(source: string, offset: number | undefined): { line: number; column: number } | undefined {
  if (offset === undefined) return undefined;
  for (let i = Math.min(offset, source.length) - 1; i >= 0; i--) {
    if (source[i] !== '{' || source[i - 1] === '\\') continue;
    const before = source.slice(0, i).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  }
  return undefined;
}
