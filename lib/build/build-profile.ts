import { appendFileSync } from 'node:fs';

/**
 * Where a build writes its route profile: `BUILD_PROFILE_LOG=<file> next build` appends one line a
 * route handled (`npm run bench:scale` sets it and sums the lines by kind). Without it the build
 * does nothing more than read this variable once a route.
 */
export const PROFILE_ENV = 'BUILD_PROFILE_LOG';

/**
 * The kinds of route a build's handlers time. Article pages are React server components, whose
 * rendering cannot be timed from inside; the benchmark counts them as generation time minus these.
 */
export const ROUTE_KINDS = ['twin', 'cover-og', 'cover-16x9', 'cover-4x3', 'cover-1x1', 'site-card', 'image'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/**
 * One line of the log, tab-separated (a path holds no tab): kind, site path, milliseconds, and when
 * the work started (ms since 1970), so that routes handled at the same time, in one worker or
 * several, can be told apart from routes handled one after another.
 */
export function profileLine(kind: RouteKind, path: string, ms: number, startedAt: number): string {
  return `${kind}\t${path.replace(/[\t\n]/g, ' ')}\t${ms.toFixed(1)}\t${Math.round(startedAt)}\n`;
}

/**
 * `work()`'s result; with BUILD_PROFILE_LOG set, its wall time is appended to that file as one
 * line. Each static-generation worker appends lines of its own; a line is one short write, which
 * the system does not interleave with another process's.
 */
export async function profiled<T>(
  kind: RouteKind,
  path: string,
  work: () => Promise<T> | T,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<T> {
  const file = env[PROFILE_ENV];
  if (!file) return work();
  const startedAt = Date.now();
  const started = performance.now();
  const result = await work();
  appendFileSync(file, profileLine(kind, path, performance.now() - started, startedAt));
  return result;
}
