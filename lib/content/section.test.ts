import { describe, expect, it } from 'vitest';
import { parseSection } from './section';
import { section } from './fixtures';

const FILE = 'content/a/01-x.mdx';

describe('parseSection', () => {
  it('reads eyebrow, title, ### subsections and visible text', () => {
    const { section: s, problems } = parseSection(
      FILE,
      section(
        'eyebrow: Definition\ntitle: What is it?',
        'Intro.\n\n### Part one\n\nText.\n\n### Part two\n\n<QuickAnswer>\n**Lead:** answer.\n</QuickAnswer>',
      ),
      3,
    );
    expect(problems).toEqual([]);
    expect(s).toMatchObject({
      number: 3,
      eyebrow: 'Section 03 · Definition',
      title: 'What is it?',
      id: 'what-is-it',
      name: '01-x',
      subsections: [
        { title: 'Part one', id: 'part-one' },
        { title: 'Part two', id: 'part-two' },
      ],
      faq: undefined,
    });
    expect(s!.text).toBe('Section 03 · Definition What is it? Intro. Part one Text. Part two Lead: answer.');
  });

  it.each([
    ['no frontmatter', 'Just text.\n', /01-x\.mdx:1: no frontmatter found/],
    ['a missing eyebrow', section('title: T'), /01-x\.mdx:1: field "eyebrow" is missing \(the short label/],
    [
      'an empty title',
      section('eyebrow: E\ntitle: ""'),
      /01-x\.mdx:3: field "title" expected at least 1 characters; found ""/,
    ],
    [
      'faq that is not a boolean',
      section('eyebrow: E\ntitle: T\nfaq: yes please'),
      /01-x\.mdx:4: field "faq" expected true or false; found "yes please"/,
    ],
    ['an empty body', '---\neyebrow: E\ntitle: T\n---\n', /01-x\.mdx:1: the section has no text/],
    [
      'a ## heading in the body',
      section('eyebrow: E\ntitle: T', 'Text.\n\n## Wrong level'),
      /01-x\.mdx:8: a level-2 heading \("Wrong level"\)/,
    ],
    [
      'an unknown component',
      section('eyebrow: E\ntitle: T', '<Callout>Hi</Callout>'),
      /01-x\.mdx:6: unknown component <Callout>\. Fix: use one of <QuickAnswer>/,
    ],
    [
      'an unknown site link',
      section('eyebrow: E\ntitle: T', 'See [this](site:nowhere).'),
      /01-x\.mdx:6: link "site:nowhere" names no entry/,
    ],
    [
      'an FAQ without questions',
      section('eyebrow: E\ntitle: T\nfaq: true', 'Only an intro.'),
      /an FAQ section \(faq: true\) with no questions/,
    ],
    [
      'an FAQ question without answer',
      section('eyebrow: E\ntitle: T\nfaq: true', '### Q one?\n\n### Q two?\n\nA.'),
      /01-x\.mdx:7: the question "Q one\?" has no answer/,
    ],
    [
      'a repeated FAQ question',
      section('eyebrow: E\ntitle: T\nfaq: true', '### Same?\n\nA.\n\n### Same?\n\nB.'),
      /01-x\.mdx:11: the question "Same\?" repeats line 7/,
    ],
  ])('rejects %s with file, line and a fix', (_, source, expected) => {
    const { problems } = parseSection(FILE, source, 1);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')).toMatch(expected);
  });

  it('still returns a section whose body has problems, for npm run check to lint further', () => {
    const { section: s, problems } = parseSection(FILE, section('eyebrow: E\ntitle: T', '## Wrong level'), 1);
    expect(problems).toHaveLength(1);
    expect(s).toMatchObject({ title: 'T', id: 't' });
  });

  it('returns no section when its frontmatter is invalid', () => {
    expect(parseSection(FILE, section('title: T'), 1).section).toBeUndefined();
  });
});
