import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { minifyScript, minifyScripts } from './minify-scripts.mjs';

const SOURCE = `// A comment a reader never downloads.
(function () {
  var total = 0;
  [1, 2, 3].forEach(function (n) {
    total += n; // and another
  });
  result.value = total;
})();
`;

describe('minifyScript', () => {
  it('drops comments and whitespace, and the script does what it did', () => {
    const min = minifyScript(SOURCE, 'public/scripts/x.js');
    expect(min.length).toBeLessThan(SOURCE.length / 2);
    expect(min).not.toContain('comment');
    const run = (code: string) => {
      const result = { value: 0 };
      runInNewContext(code, { result });
      return result.value;
    };
    expect(run(min)).toBe(run(SOURCE));
    expect(run(min)).toBe(6);
  });

  it('stops on a syntax error, naming the file, the line and where to fix it', () => {
    expect(() => minifyScript('var a = 1;\nvar = 2;\n', 'public/scripts/broken.js')).toThrow(
      /^public\/scripts\/broken\.js:2: .+\. Fix: correct the script in public\/scripts\/\.$/,
    );
  });
});

describe('minifyScripts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('minifies every .js of out/scripts in place, leaves other files, and says how much it saved', () => {
    dir = mkdtempSync(join(tmpdir(), 'minify-'));
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'a.js'), SOURCE);
    writeFileSync(join(dir, 'scripts', 'notes.txt'), SOURCE);
    const saved = minifyScripts(dir);
    const after = readFileSync(join(dir, 'scripts', 'a.js'), 'utf8');
    expect(saved).toBe(SOURCE.length - after.length);
    expect(saved).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'scripts', 'notes.txt'), 'utf8')).toBe(SOURCE);
  });

  it('saves nothing on a site without scripts', () => {
    dir = mkdtempSync(join(tmpdir(), 'minify-'));
    expect(minifyScripts(dir)).toBe(0);
  });
});
