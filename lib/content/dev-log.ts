import { ContentError, formatProblem } from './errors';

const FILTER = Symbol.for('site.content.devLog');

/**
 * `npm run dev` only: prints the content problems once, without a stack trace, and keeps Next.js
 * from printing them again. Next logs one render error from each of its renderers and from every
 * route that read the content (metadata, page…), so one mistake would fill the terminal.
 */
export function reportOnce(error: ContentError, log: (line: string) => void = console.error): void {
  installFilter();
  log(
    `${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n  (content error: the page shows it in the error overlay until it is fixed)`,
  );
}

/** True for a console.error argument that is a content error (as thrown, or rebuilt by React's stream). */
export const isContentError = (arg: unknown) =>
  arg instanceof ContentError || (arg instanceof Error && arg.name === 'ContentError');

function installFilter(): void {
  const target = console as Console & { [FILTER]?: true };
  if (target[FILTER]) return;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (!args.some(isContentError)) original(...args);
  };
  target[FILTER] = true;
}
