import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/article-page';
import { articleParams, loadArticle, loadArticles } from '@/lib/content';
import { relatedArticles } from '@/lib/listing/related';
import { articleMetadata } from '@/lib/outputs/metadata';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams();
}

export async function generateMetadata({ params }: Props) {
  const article = loadArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function OriginalArticlePage({ params }: Props) {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  return <ArticlePage article={article} related={relatedArticles(article, loadArticles())} />;
}
