import { profiled } from '@/lib/build/build-profile';
import { orPlaceholder, PLACEHOLDER_TRANSLATION } from '@/lib/build/placeholder.mjs';
import { loadTranslation, translationParams } from '@/lib/content';
import { articleMarkdown } from '@/lib/content/parse/markdown-twin';
import { siteOrigin } from '@/lib/site-url';

// A translation's Markdown twin, as the original's (app/blog/[slug]/index.md): written as
// /<language>/blog/<slug>/index.md and moved by the build's adapter to /<language>/blog/<slug>.md.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(translationParams(), PLACEHOLDER_TRANSLATION);
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params;
  const article = loadTranslation(lang, slug);
  if (!article) return new Response('Not found', { status: 404 });
  const markdown = await profiled('twin', `${article.path}.md`, () => articleMarkdown(article, siteOrigin()));
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
