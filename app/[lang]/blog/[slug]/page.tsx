import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/article/article-page';
import { orPlaceholder, PLACEHOLDER_TRANSLATION } from '@/lib/build/placeholder.mjs';
import { loadTranslation, translationParams } from '@/lib/content';
import { articleMetadata } from '@/lib/outputs/metadata';
import './rtl.css';

interface Props {
  params: Promise<{ lang: string; slug: string }>;
}

export const dynamicParams = false;

/** Each translation, at /<language>/blog/<slug>; a site without one asks for the placeholder (placeholder.mjs). */
export function generateStaticParams() {
  return orPlaceholder(translationParams(), PLACEHOLDER_TRANSLATION);
}

export async function generateMetadata({ params }: Props) {
  const { lang, slug } = await params;
  const article = loadTranslation(lang, slug);
  return article ? articleMetadata(article) : {};
}

export default async function TranslationPage({ params }: Props) {
  const { lang, slug } = await params;
  const article = loadTranslation(lang, slug);
  if (!article) notFound();
  return <ArticlePage article={article} />;
}
