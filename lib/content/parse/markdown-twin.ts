import type { Nodes, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { formatDateIn } from '@/lib/dates';
import { fillWords, interfaceWords } from '@/lib/interface-words';
import { SITE_LANGUAGE } from '@/lib/language';
import { paths } from '@/lib/paths';
import { resolveHref } from '@/lib/links';
import { absoluteUrl } from '@/lib/site-url';
import type { Article } from '../kinds/article';
import { localImageName, type Media } from '@/lib/media/media';
import { isMdxComponent, MDX_COMPONENTS } from './components';
import { visit } from 'unist-util-visit';

/**
 * The article as one clean Markdown document for AI answer engines and llms.txt readers: the
 * same MDX source as the page, with the MDX components turned into plain Markdown, outside links
 * resolved and site paths made absolute. Throws on an element it has no Markdown for, rather
 * than dropping words.
 */
export function articleMarkdown(article: Article, origin: string): string {
  const url = absoluteUrl(article.path, origin);
  const words = interfaceWords(article.language);
  const date = (iso: string) => formatDateIn(iso, article.language, SITE_LANGUAGE);
  const header = [
    `# ${article.headline}`,
    `> ${article.description}`,
    [
      `${words.by} [${article.author.name}](${absoluteUrl(article.author.path, origin)}), ${article.author.jobTitle}`,
      `${words.published} ${date(article.published)} · ${words.updated} ${date(article.updated)} · ${fillWords(words.minRead, { minutes: article.readingMinutes })}`,
      `${words.tags} ${article.tags.join(', ')}`,
      ...(article.versions.length > 1
        ? [
            `${words.languages} ${article.versions.map((v) => `[${v.name}](${absoluteUrl(paths.markdownTwin(v.path), origin)}) (${v.language})`).join(', ')}`,
          ]
        : []),
      `${words.canonical} ${url}`,
    ].join('  \n'),
  ];
  const sections = article.sections.map((s) => {
    const body = toMarkdown(absoluteImages(plain(s.tree, origin, s.number), article.media, origin), {
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
function plain(tree: Root, origin: string, section: number): Root {
  return { type: 'root', children: tree.children.flatMap((n) => convert(n, origin, section)) as RootContent[] };
}

function convert(node: Nodes, origin: string, section: number): Nodes[] {
  const all = (children: readonly Nodes[]) => children.flatMap((c) => convert(c, origin, section));
  switch (node.type) {
    case 'mdxJsxFlowElement':
      // The loader accepts only registered components, so a name without a twin form cannot reach here.
      if (!isMdxComponent(node.name))
        throw new Error(`articleMarkdown: <${node.name ?? 'fragment'}> is not a registered component.`);
      return MDX_COMPONENTS[node.name].twin(node, all(node.children) as RootContent[]);
    case 'mdxJsxTextElement':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
      throw new Error(`articleMarkdown: MDX ${node.type} reached the twin; the loader should have refused it.`);
    case 'footnoteReference':
    case 'footnoteDefinition': {
      // One document holds every section: number the notes by section so [^1] in two sections stay apart.
      const identifier = `${section}-${node.identifier}`;
      const copy = { ...node, identifier, label: identifier };
      return [('children' in copy ? { ...copy, children: all(copy.children) } : copy) as Nodes];
    }
    case 'link': {
      const href = resolveHref(node.url);
      return [
        {
          ...node,
          url: href.startsWith('/') ? absoluteUrl(href, origin) : href,
          children: all(node.children) as typeof node.children,
        },
      ];
    }
    case 'image':
      // A copy: absoluteImages rewrites its URL, and the loader's tree is the page's too.
      return [{ ...node }];
    default:
      if ('children' in node) return [{ ...node, children: all(node.children as Nodes[]) } as Nodes];
      return [node];
  }
}

/**
 * Every image as an absolute URL: one beside the text links to its largest JPEG or PNG file (what
 * any reader of Markdown can show), one under public/ to its path on the site.
 */
function absoluteImages(tree: Root, media: ReadonlyMap<string, Media>, origin: string): Root {
  visit(tree, 'image', (node) => {
    const name = localImageName(node.url);
    const local = name === undefined ? undefined : media.get(name);
    if (local) node.url = absoluteUrl(local.largest.path, origin);
    else if (name !== undefined) throw new Error(`articleMarkdown: ${node.url} is not an image the loader read.`);
    else if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = absoluteUrl(node.url, origin);
  });
  return tree;
}

/** GFM delimiter rows as authors write them, |---|---|, rather than | - | - |. */
function gfmDelimiterRows(markdown: string): string {
  return markdown.replace(/^\|(?: -+ \|)+$/gm, (row) => row.replace(/ -+ /g, '---'));
}
