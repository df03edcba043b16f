import { profiled } from '@/lib/build/build-profile';
import { articleParams, loadArticle } from '@/lib/content';
import { articleMarkdown } from '@/lib/content/parse/markdown-twin';
import { siteOrigin } from '@/lib/site-url';

// The article's Markdown twin. Written as /blog/<slug>/index.md; the build's adapter
// (lib/build/adapter.mjs) moves it to /blog/<slug>.md, beside the page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = loadArticle(slug);
  if (!article) return new Response('Not found', { status: 404 });
  const markdown = await profiled('twin', `/blog/${slug}.md`, () => articleMarkdown(article, siteOrigin()));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
