import type { Blockquote, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { formatDate } from '@/lib/dates';
import { architectureDiagram, diagramDescription } from '@/lib/diagram';
import { resolveHref } from '@/lib/links';
import { absoluteUrl } from '@/lib/site-url';
import type { Article } from './article';

/**
 * The article as one clean Markdown document for AI answer engines and llms.txt readers: the
 * same MDX source as the page, with the MDX components turned into plain Markdown, outside links
 * resolved and site paths made absolute. Throws on an element it has no Markdown for, rather
 * than dropping words.
 */
export function articleMarkdown(article: Article, origin: string): string {
  const url = absoluteUrl(article.path, origin);
  const header = [
    `# ${article.headline}`,
    `> ${article.description}`,
    [
      `By [${article.author.name}](${absoluteUrl(article.author.path, origin)}), ${article.author.jobTitle}`,
      `Published ${formatDate(article.published)} · Updated ${formatDate(article.updated)} · ${article.readingMinutes} min read`,
      `Tags: ${article.tags.join(', ')}`,
      `Canonical: ${url}`,
    ].join('  \n'),
  ];
  const sections = article.sections.map((s) => {
    const body = toMarkdown(plain(s.tree, origin), {
      extensions: [gfmToMarkdown({ tablePipeAlign: false })],
      bullet: '-',
      emphasis: '_',
      rule: '-',
    }).trimEnd();
    return [s.eyebrow, `## ${s.title}`, gfmDelimiterRows(body)].join('\n\n');
  });
  return `${[...header, ...sections].join('\n\n')}\n`;
}

/** A copy of a section's tree in plain Markdown nodes. */
function plain(tree: Root, origin: string): Root {
  return { type: 'root', children: tree.children.flatMap((n) => convert(n, origin)) as RootContent[] };
}

function convert(node: Nodes, origin: string): Nodes[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
      if (node.name === 'QuickAnswer') {
        const label: Paragraph = {
          type: 'paragraph',
          children: [{ type: 'strong', children: [{ type: 'text', value: 'Quick answer' }] }],
        };
        const quote: Blockquote = {
          type: 'blockquote',
          children: [label, ...(node.children.flatMap((c) => convert(c, origin)) as Blockquote['children'])],
        };
        return [quote];
      }
      if (node.name === 'ArchitectureDiagram') {
        const caption: Paragraph = {
          type: 'paragraph',
          children: [
            { type: 'emphasis', children: [{ type: 'text', value: `Diagram: ${architectureDiagram.title}.` }] },
            { type: 'text', value: ` ${diagramDescription()}` },
          ],
        };
        return [caption];
      }
      throw new Error(
        `articleMarkdown: no Markdown form for <${node.name ?? 'fragment'}>; add one in lib/content/markdown-twin.ts.`,
      );
    case 'mdxJsxTextElement':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
      throw new Error(
        `articleMarkdown: no Markdown form for MDX ${node.type}; add one in lib/content/markdown-twin.ts.`,
      );
    case 'link': {
      const href = resolveHref(node.url);
      return [
        {
          ...node,
          url: href.startsWith('/') ? absoluteUrl(href, origin) : href,
          children: node.children.flatMap((c) => convert(c, origin)) as typeof node.children,
        },
      ];
    }
    default:
      if ('children' in node)
        return [{ ...node, children: node.children.flatMap((c) => convert(c as Nodes, origin)) } as Nodes];
      return [node];
  }
}

/** GFM delimiter rows as authors write them, |---|---|, rather than | - | - |. */
function gfmDelimiterRows(markdown: string): string {
  return markdown.replace(/^\|(?: -+ \|)+$/gm, (row) => row.replace(/ -+ /g, '---'));
}
