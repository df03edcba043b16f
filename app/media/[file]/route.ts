import { articleParams } from '@/lib/content';
import { mediaFiles } from '@/lib/content/store';
import { MIME } from '@/lib/media';
import { optimizedImage } from '@/lib/optimize-image';

// The articles' images, resized and encoded by sharp at build time into content-hashed files
// (lib/media.ts names them). One request a file, so each is encoded once a build, and not at
// all when .next/cache already holds it.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  // articleParams first: on a content mistake the build stops there with the list of problems.
  articleParams();
  return [...mediaFiles().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const variant = mediaFiles().get((await params).file);
  if (!variant) return new Response('Not found', { status: 404 });
  const bytes = await optimizedImage(variant);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MIME[variant.format] } });
}
