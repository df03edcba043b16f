import { profiled } from '@/lib/build/build-profile';
import { articleParams } from '@/lib/content';
import { mediaFiles } from '@/lib/content/store';
import { MIME } from '@/lib/media/media';
import { optimizedImage } from '@/lib/media/optimize-image';

// The articles' images, resized and encoded by sharp at build time into content-hashed files
// (lib/media/media.ts names them). One request a file, so each is encoded once a build, and not at
// all when .next/cache already holds it.
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The path a site without images exports instead, since an export needs one; the adapter deletes it. */
export const NO_MEDIA = { file: [] as string[] };

export function generateStaticParams() {
  // articleParams first: on a content mistake the build stops there with the list of problems.
  articleParams();
  const files = [...mediaFiles().keys()].map((file) => ({ file: [file] }));
  return files.length ? files : [NO_MEDIA];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file?: string[] }> }) {
  const [name, ...rest] = (await params).file ?? [];
  if (name === undefined) return new Response('', { headers: { 'Content-Type': 'text/plain' } });
  const variant = rest.length ? undefined : mediaFiles().get(name);
  if (!variant) return new Response('Not found', { status: 404 });
  const bytes = await profiled('image', `/media/${name}`, () => optimizedImage(variant));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MIME[variant.format] } });
}
