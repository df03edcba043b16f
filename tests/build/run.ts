import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

/** A copy of the site's content (and, if asked, the fixture articles) under .tmp/, to break or extend. */
export function contentCopy(name: string, { fixtures = false } = {}): string {
  const dir = `.tmp/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content', dir, { recursive: true, filter: (src) => !src.endsWith('site.ts') });
  if (fixtures) cpSync('tests/fixtures/content', dir, { recursive: true });
  return dir;
}

/** Runs a command with CONTENT_DIR (and any `extra` variables) set, returning its exit status and everything it printed. */
export function run(command: string, args: string[], contentDir: string, extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { env: { ...authorEnv(contentDir), ...extra }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Like run, for commands that take minutes (a nested end-to-end run): it does not block Vitest's
 * worker meanwhile. `env` adds to the author's environment.
 */
export function runAsync(
  command: string,
  args: string[],
  contentDir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...authorEnv(contentDir), ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The environment of an author's shell (without Vitest's NODE_ENV=test), with CONTENT_DIR set. */
export function authorEnv(contentDir: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV'));
  return { ...env, CONTENT_DIR: contentDir } as unknown as NodeJS.ProcessEnv;
}

/** `next dev` on a content folder, as an author runs it; `output()` is what it printed so far; `stop()` ends it and its children. */
export function startDev(contentDir: string, port: number) {
  const dev = spawn('npx', ['next', 'dev', '--port', String(port)], {
    env: authorEnv(contentDir),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  dev.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return { output: () => printed, stop: () => process.kill(-dev.pid!, 'SIGTERM') };
}

/** The first answer a starting server gives, waiting up to a minute for it to listen. */
export async function firstResponse(url: string): Promise<Response | undefined> {
  for (let i = 0; i < 120; i++) {
    const res = await fetch(url).catch(() => undefined);
    if (res) return res;
    await new Promise((r) => setTimeout(r, 500));
  }
  return undefined;
}
