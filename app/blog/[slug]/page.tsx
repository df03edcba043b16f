import type { ComponentType } from 'react';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleSection } from '@/components/article/article-section';
import { JsonLd } from '@/components/json-ld';
import { loadArticle, loadArticles } from '@/lib/content';
import { articleMetadata } from '@/lib/metadata';
import { articleGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return loadArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props) {
  const article = loadArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  const bodies = await Promise.all(
    article.sections.map(async (s) => (await import(`@content/${article.dir}/${s.name}.mdx`)).default as ComponentType),
  );
  return (
    <article className="prose-article mx-auto max-w-3xl">
      <ArticleHeader article={article} />
      {article.sections.map((section, i) => (
        <ArticleSection key={section.id} section={section} Body={bodies[i]!} />
      ))}
      <JsonLd data={articleGraph(article, siteOrigin())} />
    </article>
  );
}
