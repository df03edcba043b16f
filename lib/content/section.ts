import { basename } from 'node:path';
import type { Heading, Root, RootContent } from 'mdast';
import { site } from '@/content/site';
import { slugify } from '@/lib/slug';
import type { Problem } from './errors';
import { readFrontmatter, validateFrontmatter } from './frontmatter';
import { lineOf, parseMdx, plainText, walk } from './markdown';
import { sectionMetaSchema } from './schema';

/** Components an MDX section may use; components/mdx provides each one. */
export const MDX_COMPONENT_NAMES = ['QuickAnswer', 'ArchitectureDiagram'] as const;

export interface Subsection {
  title: string;
  id: string;
}

export interface FaqEntry {
  question: string;
  /** The answer as plain text: what a reader sees, for FAQPage JSON-LD. */
  answer: string;
  id: string;
}

export interface Section {
  /** Position in the article, from 1: the number in the file name and in the eyebrow. */
  number: number;
  /** "Section 01 · Definition" */
  eyebrow: string;
  title: string;
  id: string;
  /** File name without .mdx, relative to the article folder: how the page imports the body. */
  name: string;
  /** The ### headings (for the FAQ section, its questions). */
  subsections: Subsection[];
  /** Question and answer pairs, when this is the FAQ section. */
  faq?: FaqEntry[];
  /** Everything a reader sees in the section, heading included, as plain text. */
  text: string;
  /** The parsed body (frontmatter removed), for outputs other than the page, e.g. the Markdown twin. */
  tree: Root;
}

export const SECTION_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * Parses one section file. `file` is the path shown in messages; `number` is the section's
 * position (1-based). Returns every problem found in it and, whenever its frontmatter is valid,
 * the section as read, so `npm run check` can go on to lint its body. A section with problems
 * must never be published: parseArticle throws on any of them.
 */
export function parseSection(file: string, source: string, number: number): { section?: Section; problems: Problem[] } {
  const tree = parseMdx(source);
  const { value: meta, problems } = validateFrontmatter(file, readFrontmatter(file, tree), sectionMetaSchema);
  const body = tree.children.filter((n) => n.type !== 'yaml');
  const at = (node: RootContent, message: string) => problems.push({ file, line: lineOf(node), message });

  if (body.length === 0)
    problems.push({
      file,
      line: 1,
      message: 'the section has no text. Fix: write its body below the frontmatter, or delete the file.',
    });
  walk(body, (node) => {
    if (node.type === 'heading' && node.depth < 3) {
      at(
        node,
        `a level-${node.depth} heading ("${plainText(node)}") in the body. Fix: use ### for subsections; the section's own heading is its "title" field.`,
      );
    }
    const isComponent = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isComponent && !(MDX_COMPONENT_NAMES as readonly string[]).includes(node.name ?? '')) {
      at(
        node,
        `unknown component <${node.name ?? ''}>. Fix: use one of ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`,
      );
    } else if (node.type === 'mdxJsxTextElement') {
      // Inside a line, MDX puts the component in a paragraph: a block inside <p>, invalid HTML.
      at(
        node,
        `<${node.name}> written inside a line of text. Fix: put <${node.name}> and its closing tag each on a line of their own, with a blank line before and after.`,
      );
    }
    if (node.type === 'link' && node.url.startsWith('site:') && !Object.hasOwn(site.links, node.url.slice(5))) {
      at(
        node,
        `link "${node.url}" names no entry in content/site.ts links. Fix: use one of ${Object.keys(site.links)
          .map((k) => `site:${k}`)
          .join(', ')}.`,
      );
    }
  });

  const headings = body.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const subsections = headings.map((h) => {
    const title = plainText(h);
    return { title, id: slugify(title) };
  });
  const faq = meta?.faq ? readFaq(file, body, problems) : undefined;
  if (!meta) return { problems };

  const label = `Section ${String(number).padStart(2, '0')} · ${meta.eyebrow}`;
  return {
    problems,
    section: {
      number,
      eyebrow: label,
      title: meta.title,
      id: slugify(meta.title),
      name: basename(file, '.mdx'),
      subsections,
      faq,
      text: `${label} ${meta.title} ${plainText(body)}`,
      tree: { type: 'root', children: body },
    },
  };
}

/** The FAQ section: each ### heading is a question; the blocks up to the next ### are its answer. */
function readFaq(file: string, body: RootContent[], problems: Problem[]): FaqEntry[] {
  const entries: (FaqEntry & { line: number })[] = [];
  let answer: RootContent[] = [];
  const close = () => {
    const last = entries.at(-1);
    if (last) last.answer = plainText(answer);
    answer = [];
  };
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 3) {
      close();
      const question = plainText(node);
      entries.push({ question, answer: '', id: slugify(question), line: lineOf(node) });
    } else if (entries.length) answer.push(node);
  }
  close();
  if (entries.length === 0) {
    problems.push({
      file,
      line: 1,
      message:
        'an FAQ section (faq: true) with no questions. Fix: write each question as a ### heading with its answer below it.',
    });
  }
  const seen = new Map<string, number>();
  for (const e of entries) {
    if (!e.answer)
      problems.push({
        file,
        line: e.line,
        message: `the question "${e.question}" has no answer. Fix: write the answer below the heading.`,
      });
    const first = seen.get(e.question.toLowerCase());
    if (first)
      problems.push({
        file,
        line: e.line,
        message: `the question "${e.question}" repeats line ${first}. Fix: merge the two.`,
      });
    else seen.set(e.question.toLowerCase(), e.line);
  }
  return entries.map(({ question, answer, id }) => ({ question, answer, id }));
}
