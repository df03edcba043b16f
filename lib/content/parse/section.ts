import type {} from 'mdast-util-to-hast';
import { basename } from 'node:path';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { site } from '@/content/site';
import { slugify } from '@/lib/slug';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import {
  isMdxComponent,
  MDX_COMPONENT_NAMES,
  MDX_COMPONENTS,
  type MdxComponentName,
  type MdxComponentSpec,
} from './components';
import type { Problem } from '../errors';
import { readFrontmatter, validateFrontmatter } from './frontmatter';
import { visit } from 'unist-util-visit';
import { lineOf, plainText, readMdx } from './markdown';
import { sectionMetaSchema } from './schema';

export interface Subsection {
  title: string;
  id: string;
  /** The line of its ### heading, for messages. */
  line: number;
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
  /** The eyebrow as the author wrote it, without the number: "Definition" (what a cover may draw). */
  topic: string;
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
  /**
   * The parsed body (frontmatter removed): the one tree the page, the Markdown twin and the checks
   * all read. Each ### heading carries its link id (data.hProperties.id), so the page and the
   * table of contents cannot disagree.
   */
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
  const parsed = readMdx(file, source);
  if (!parsed.tree) return { problems: parsed.problems };
  const tree = parsed.tree;
  const frontmatter = readFrontmatter(file, tree);
  const { value: meta, problems } = validateFrontmatter(file, frontmatter, sectionMetaSchema);
  const body = tree.children.filter((n) => n.type !== 'yaml');

  if (body.length === 0)
    problems.push({
      file,
      line: 1,
      message: 'the section has no text. Fix: write its body below the frontmatter, or delete the file.',
    });
  const bodyTree: Root = { type: 'root', children: body };
  visit(bodyTree, (node) => {
    const problem = nodeProblem(node, meta?.faq === true);
    if (problem) problems.push({ file, line: lineOf(node), message: problem });
    else if (node.type === 'mdxJsxFlowElement') readProps(node);
  });

  const headings = body.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const subsections = headings.map((h) => {
    const title = plainText(h);
    const id = slugify(title);
    if (!id) problems.push({ file, line: lineOf(h), message: noIdMessage(`### heading "${title}"`) });
    h.data = { ...h.data, hProperties: { ...h.data?.hProperties, id } };
    return { title, id, line: lineOf(h) };
  });
  const faq = meta?.faq ? readFaq(file, body, problems) : undefined;
  if (!meta) return { problems };
  const id = slugify(meta.title);
  if (!id) problems.push({ file, line: frontmatter.lineOf('title'), message: noIdMessage(`title "${meta.title}"`) });

  const label = `Section ${String(number).padStart(2, '0')} · ${meta.eyebrow}`;
  return {
    problems,
    section: {
      number,
      eyebrow: label,
      topic: meta.eyebrow,
      title: meta.title,
      id,
      name: basename(file, '.mdx'),
      subsections,
      faq,
      text: `${label} ${meta.title} ${plainText(body)}`,
      tree: bodyTree,
    },
  };
}

/** The link id the loader gave a ### heading (set once, read by the FAQ and the page). */
const headingId = (h: Heading) => String(h.data?.hProperties?.id ?? '');

const noIdMessage = (what: string) =>
  `the ${what} has no letters or digits, so it gets no link id and the table of contents and FAQ markup could not point at it. Fix: put words in it.`;

const componentList = () => MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

/** What is wrong with one node of a section body, if anything: the loader's own rules. */
function nodeProblem(node: Nodes, inFaq: boolean): string | undefined {
  switch (node.type) {
    case 'heading':
      if (node.depth < 3)
        return `a level-${node.depth} heading ("${plainText(node)}") in the body. Fix: use ### for subsections; the section's own heading is its "title" field.`;
      if (node.children.some((c) => c.type === 'link' || c.type === 'linkReference' || c.type === 'footnoteReference'))
        return `the heading "${plainText(node)}" holds a link or footnote, but a heading is itself a link to its section and links cannot nest. Fix: move the link or footnote into the text below the heading.`;
      return undefined;
    case 'mdxjsEsm':
      return 'an import or export statement. Content is text, not code, so MDX code is not run. Fix: remove it; use a component from the list the site provides.';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `an expression {${node.value}}. Content is text, not code, so expressions are not run and their words would be lost. Fix: write the words themselves, and \\{ for a literal "{".`;
    case 'mdxJsxTextElement':
      if (!isMdxComponent(node.name))
        return `unknown component <${node.name ?? ''}>. Fix: use one of ${componentList()}, or write &lt; for a literal "<".`;
      // Inside a line, MDX puts the component in a paragraph: a block inside <p>, invalid HTML.
      return `<${node.name}> written inside a line of text. Fix: ${MDX_COMPONENTS[node.name].usage}, with a blank line before and after.`;
    case 'mdxJsxFlowElement': {
      if (!isMdxComponent(node.name))
        return `unknown component <${node.name ?? ''}>. Fix: use one of ${componentList()}, or write &lt; for a literal "<".`;
      const spec: MdxComponentSpec = MDX_COMPONENTS[node.name];
      const attributeProblem = attributesProblem(node, spec);
      if (attributeProblem) return attributeProblem;
      if (spec.children && node.children.length === 0) return `<${node.name}> is empty. Fix: write ${spec.usage}.`;
      if (!spec.children && node.children.length > 0)
        return `<${node.name}> holds no text; what is inside it would be lost. Fix: write ${spec.usage}, with the text outside it.`;
      return undefined;
    }
    case 'footnoteDefinition':
      return inFaq
        ? 'a footnote in the FAQ section. Answers are quoted whole by answer engines, without the notes. Fix: write the note into the answer.'
        : undefined;
    case 'link':
      if (node.url.startsWith('site:') && !Object.hasOwn(site.links, node.url.slice(5)))
        return `link "${node.url}" names no entry in content/site.ts links. Fix: use one of ${Object.keys(site.links)
          .map((k) => `site:${k}`)
          .join(', ')}.`;
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A valid component's props, read here once (its spec's `props`: a quick answer's lead) and
 * carried to the page on the node (data.hProperties), like a heading's id.
 */
function readProps(node: MdxJsxFlowElement): void {
  const spec: MdxComponentSpec = MDX_COMPONENTS[node.name as MdxComponentName];
  if (spec.props) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...spec.props(node) } };
}

/** What is wrong with a component's attributes: one it does not take, or one whose value is code. */
function attributesProblem(node: MdxJsxFlowElement, spec: MdxComponentSpec): string | undefined {
  const allowed = spec.attributes ?? {};
  const names = Object.keys(allowed);
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute')
      return `<${node.name}> has a {…} spread attribute. Content is text, not code. Fix: write ${spec.usage}.`;
    if (!Object.hasOwn(allowed, a.name))
      return names.length
        ? `<${node.name}> has an unknown attribute "${a.name}"; it would be ignored. Fix: use only ${names.join(', ')}: ${spec.usage}.`
        : `<${node.name}> takes no attributes; this one would be ignored. Fix: write ${spec.usage}.`;
    if (typeof a.value !== 'string')
      return `<${node.name}> attribute "${a.name}" is ${a.value ? 'an {expression}' : 'written without a value'}. Content is text, not code. Fix: write ${a.name}="…" with the words in quotes.`;
  }
  return undefined;
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
      entries.push({ question, answer: '', id: headingId(node), line: lineOf(node) });
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
