import { describe, expect, it } from 'vitest';
import { parseSection } from './section';
import { formatProblem } from '../errors';
import { section } from '../fixtures';

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
    ['**In one sentence:** an answer: with a colon.', 'In one sentence'],
    ['**Lead** *in parts*: the answer.', 'Lead in parts'],
    ['No lead at all.', 'No lead at all.'],
  ])("reads a quick answer's lead once, for the page: %j → %j", (inside, lead) => {
    const { section: s } = parseSection(
      FILE,
      section('eyebrow: E\ntitle: T', `<QuickAnswer>\n${inside}\n</QuickAnswer>`),
      1,
    );
    expect(s!.tree.children[0]).toMatchObject({ name: 'QuickAnswer', data: { hProperties: { lead } } });
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
    [
      'an expression in text',
      section('eyebrow: E\ntitle: T', "Cost {'in 2026'} varies."),
      /01-x\.mdx:6: an expression \{'in 2026'\}\. Content is text, not code/,
    ],
    [
      'an expression in a heading',
      section('eyebrow: E\ntitle: T', "### Cost {'in 2026'}\n\nText."),
      /01-x\.mdx:6: an expression \{'in 2026'\}/,
    ],
    [
      'an import',
      section('eyebrow: E\ntitle: T', "import Chart from './chart'\n\nText."),
      /01-x\.mdx:6: an import or export statement\. .*Fix: remove it/,
    ],
    [
      'an export',
      section('eyebrow: E\ntitle: T', 'export const x = 1\n\nText.'),
      /01-x\.mdx:6: an import or export statement/,
    ],
    [
      'an attribute on a component',
      section('eyebrow: E\ntitle: T', '<ArchitectureDiagram size="big" />'),
      /01-x\.mdx:6: <ArchitectureDiagram> takes no attributes; this one would be ignored\. Fix: write <ArchitectureDiagram \/> on a line of its own\./,
    ],
    [
      'an expression attribute on a component',
      section('eyebrow: E\ntitle: T', '<QuickAnswer lead={x}>\n**A:** b.\n</QuickAnswer>'),
      /01-x\.mdx:6: <QuickAnswer> takes no attributes/,
    ],
    [
      'an empty QuickAnswer',
      section('eyebrow: E\ntitle: T', 'Text.\n\n<QuickAnswer></QuickAnswer>'),
      /01-x\.mdx:8: <QuickAnswer> is empty\. Fix: write <QuickAnswer> and <\/QuickAnswer> each on a line/,
    ],
    [
      'text inside a component that shows none',
      section('eyebrow: E\ntitle: T', '<ArchitectureDiagram>\nLost words.\n</ArchitectureDiagram>'),
      /01-x\.mdx:6: <ArchitectureDiagram> holds no text; what is inside it would be lost/,
    ],
    [
      'a component inside a line',
      section('eyebrow: E\ntitle: T', 'See <QuickAnswer>**A:** b.</QuickAnswer> here.'),
      /01-x\.mdx:6: <QuickAnswer> written inside a line of text\. Fix: <QuickAnswer> and <\/QuickAnswer> each on a line of their own/,
    ],
    [
      'a heading of punctuation only',
      section('eyebrow: E\ntitle: T', 'Text.\n\n### ???\n\nMore.'),
      /01-x\.mdx:8: the ### heading "\?\?\?" has no letters or digits, so it gets no link id/,
    ],
    [
      'a title of punctuation only',
      section('eyebrow: E\ntitle: "???"'),
      /01-x\.mdx:3: the title "\?\?\?" has no letters or digits/,
    ],
    [
      'a footnote in a heading',
      section('eyebrow: E\ntitle: T', '### Why a footnote[^1]\n\nText.\n\n[^1]: The note.'),
      /01-x\.mdx:6: the heading "Why a footnote" holds a link or footnote, .*Fix: move the link or footnote into the text below the heading\./,
    ],
    [
      'a link in a heading',
      section('eyebrow: E\ntitle: T', '### See [the case study](site:nebuladesk)\n\nText.'),
      /01-x\.mdx:6: the heading "See the case study" holds a link or footnote/,
    ],
    [
      'a footnote in the FAQ',
      section('eyebrow: E\ntitle: T\nfaq: true', '### Q?\n\nA[^1].\n\n[^1]: Note.'),
      /01-x\.mdx:11: a footnote in the FAQ section\. .*Fix: write the note into the answer\./,
    ],
    [
      'an MDX syntax error',
      section('eyebrow: E\ntitle: T', 'Latency p95 <200ms.'),
      /01-x\.mdx:6:14: MDX syntax error: .*Fix: write &lt; for a literal "<"/,
    ],
  ])('rejects %s with file, line and a fix', (_, source, expected) => {
    const { problems } = parseSection(FILE, source, 1);
    expect(problems.map(formatProblem).join('\n')).toMatch(expected);
  });

  it('gives every ### heading its link id in the tree the page renders, non-Latin words included', () => {
    const { section: s, problems } = parseSection(
      FILE,
      section(
        'eyebrow: E\ntitle: Что такое архитектор?',
        'Text.\n\n### Стоимость в 2026\n\nMore.\n\n### Café costs\n\nEnd.',
      ),
      1,
    );
    expect(problems).toEqual([]);
    expect(s!.id).toBe('что-такое-архитектор');
    expect(s!.subsections.map((sub) => sub.id)).toEqual(['стоимость-в-2026', 'cafe-costs']);
    const ids = s!.tree.children.flatMap((n) => (n.type === 'heading' ? [n.data?.hProperties?.id] : []));
    expect(ids).toEqual(['стоимость-в-2026', 'cafe-costs']);
  });

  it('keeps footnotes in the body, with the text they carry', () => {
    const { section: s, problems } = parseSection(
      FILE,
      section('eyebrow: E\ntitle: T', 'A claim.[^1]\n\n[^1]: The source.'),
      1,
    );
    expect(problems).toEqual([]);
    expect(s!.text).toBe('Section 01 · E T A claim. The source.');
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
