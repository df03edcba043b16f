import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors';
import { readMdx } from './markdown';

const FILE = 'content/a/02-x.mdx';
const read = (source: string) => readMdx(FILE, source).problems.map(formatProblem);

describe('readMdx on MDX syntax mistakes', () => {
  it.each([
    [
      'a component left open',
      'Intro.\n\n<QuickAnswer>\n\n**Lead:** answer.\n',
      'content/a/02-x.mdx:3:1: MDX syntax error: Expected a closing tag for `<QuickAnswer>` (3:1-3:14); a component is opened and not closed in the same block. Fix: put the opening and the closing tag each on a line of their own, with a blank line before and after the text inside.',
    ],
    [
      'a stray {',
      'Costs { vary.\n',
      'content/a/02-x.mdx:1:7: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`; MDX reads "{" as the start of an expression. Fix: write \\{ for a literal "{", or close what was opened.',
    ],
    [
      '< before a digit',
      'Latency stays at p95 <200ms under load.\n',
      'content/a/02-x.mdx:1:23: MDX syntax error: Unexpected character `2` (U+0032) before name, expected a character that can start a name, such as a letter, `$`, or `_`; MDX reads "<" as the start of a component. Fix: write &lt; for a literal "<" (e.g. p95 &lt;200ms), or complete the tag.',
    ],
    [
      'a closing tag with no opening tag',
      'Text.\n\nMore </QuickAnswer> here.\n',
      'content/a/02-x.mdx:3:7: MDX syntax error: Unexpected closing slash `/` in tag, expected an open tag first; a closing tag has no opening tag before it. Fix: remove it or add the opening tag; write &lt;/ for literal text.',
    ],
  ])('locates %s at line and column, with the fix', (_, source, expected) => {
    expect(read(source)).toEqual([expected]);
  });

  it('reads good MDX into a tree with no problems', () => {
    const { tree, problems } = readMdx(FILE, 'Latency &lt;200ms and \\{ braces \\}.\n');
    expect(problems).toEqual([]);
    expect(tree?.children[0]?.type).toBe('paragraph');
  });

  it('gives an error with no place of its own line 1 and the generic fix', async () => {
    const { syntaxProblem } = await import('./mdx-syntax');
    expect(formatProblem(syntaxProblem(FILE, new Error('something odd')))).toBe(
      'content/a/02-x.mdx:1: MDX syntax error: something odd; MDX reads "<" as a component and "{" as an expression. Fix: write &lt; for a literal "<" and \\{ for a literal "{", and close every component you open.',
    );
  });
});
