import { profiled } from '@/lib/build/build-profile';
import { articleParams, loadArticle } from '@/lib/content';
import { coverPng } from '@/lib/art/cover-png';
import { cachedPng, drawingKey } from '@/lib/art/drawn-images';
import { COVER_IMAGES, coverFileName, coverKindOf, type CoverKind } from '@/lib/media/covers';

// Cover images are drawn at build time (no network) and written as real .png files; an image
// whose words, idea and drawing code have not changed since the last build is taken from the cache.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const kinds = Object.keys(COVER_IMAGES) as CoverKind[];
  return articleParams().flatMap(({ slug }) => kinds.map((kind) => ({ slug, image: coverFileName(kind) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; image: string }> }) {
  const { slug, image } = await params;
  const article = loadArticle(slug);
  const kind = coverKindOf(image);
  if (!article || !kind) return new Response('Not found', { status: 404 });
  const size = COVER_IMAGES[kind];
  const { headline, author, idea } = article;
  const text = { headline, name: author.name, jobTitle: author.jobTitle, idea };
  // Everything the cover shows is in the key: an edit to the headline or the idea redraws it.
  return profiled(`cover-${kind}`, `/blog/${slug}/${image}`, () =>
    cachedPng(drawingKey({ ...text, size }), () => coverPng(size, text)),
  );
}
