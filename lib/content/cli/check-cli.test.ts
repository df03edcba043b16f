import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { noContactChannel } from '../checks/site';

// The real `npm run check`, as an author or CI runs it, on the real content and on a broken copy.
const DIR = `.tmp/check-cli-${process.pid}`;

function npmRunCheck(contentDir?: string) {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  if (contentDir) env.CONTENT_DIR = contentDir;
  const run = spawnSync('npm', ['run', 'check'], { env, encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n'), stderr: run.stderr };
}

describe('npm run check', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('passes the real content, exiting 0 with a one-line summary', () => {
    const { status, lines } = npmRunCheck();
    expect(status).toBe(0);
    // Nothing is hidden: each path served elsewhere is listed, and a missing contact channel warned about.
    for (const { path } of site.elsewhere)
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^info: content/site\\.ts:\\d+: ${path} is declared as served elsewhere`)),
      );
    const warned = lines.some((l) => /^warning: content\/site\.ts:\d+: no contact channel is set/.test(l));
    expect(warned).toBe(noContactChannel());
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^OK: \d+ articles?(, \d+ (pages?|case study|case studies))*, \d+ files in content; no problems\.$/,
      ),
    );
  });

  it('fails a copy with a table row short of a cell, printing file:line: message and exiting 1', () => {
    rmSync(DIR, { recursive: true, force: true });
    cpSync('tests/fixtures/content/fixture-every-feature', `${DIR}/fixture-every-feature`, { recursive: true });
    const file = `${DIR}/fixture-every-feature/02-table.mdx`;
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/^\| Large .*$/m, '| Large | Many teams at once |');
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.startsWith('| Large |')) + 1;

    const { status, lines } = npmRunCheck(DIR);
    expect(status).toBe(1);
    expect(lines).toContain(
      `${file}:${line}: this table row has 2 cells but the header row has 3 cells, and the page would silently fill the gap with empty cells. Fix: add the missing cell (an empty cell is written | |).`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^1 problem \(\d+ articles?, \d+ files in \.tmp\/check-cli-\d+\)\. Fix them and run npm run check again\.$/,
      ),
    );
  });

  it('exits 2 and says why when the content folder does not exist', () => {
    const { status, stderr } = npmRunCheck(`${DIR}-missing`);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /npm run check: Content error .*\n  .*check-cli-\d+-missing:1: content folder not found\. Fix: set CONTENT_DIR/,
    );
  });
});
