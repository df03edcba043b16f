/** One thing wrong in a content file, located like a compiler error. */
export interface Problem {
  file: string;
  line: number;
  /** Column, where the parser knows it (MDX syntax errors). */
  column?: number;
  message: string;
}

/** A problem as a compiler would print it: `file:line: message`, or `file:line:column: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}

/**
 * Thrown when content cannot be published as written. The message lists every problem as
 * `file:line: what is wrong. Fix: what to do`, so the build log and the dev overlay name them all.
 */
export class ContentError extends Error {
  declare readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `Content error${problems.length > 1 ? 's' : ''} (nothing was published):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    // Not enumerable, so a log of the error prints the list once (in the message), not twice.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // The problems are the whole story: a stack trace of the loader would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}
