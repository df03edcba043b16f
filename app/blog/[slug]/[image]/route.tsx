import { ImageResponse } from 'next/og';
import { CoverArt } from '@/components/cover-art';
import { loadArticle, loadArticles } from '@/lib/content';
import { COVER_IMAGES, coverFileName, coverKindOf, type CoverKind } from '@/lib/images';

// Cover images are drawn at build time (no network) and written as real .png files.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
  return loadArticles().flatMap((a) => kinds.map((kind) => ({ slug: a.slug, image: coverFileName(kind) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; image: string }> }) {
  const { slug, image } = await params;
  const article = loadArticle(slug);
  const kind = coverKindOf(image);
  if (!article || !kind) return new Response('Not found', { status: 404 });
  const size = COVER_IMAGES[kind];
  return new ImageResponse(<CoverArt headline={article.headline} author={article.author} size={size} />, size);
}
