import type { Media } from '@/lib/media/media';

/**
 * One image of the content folder as its optimized files (lib/media/media.ts): AVIF and WebP sources,
 * the JPEG or PNG fallback in <img>, with the largest file's width and height so the page keeps
 * its place (no layout shift). `sizes` is how wide it is shown; out of the first screen it is
 * fetched only as the reader nears it.
 */
export function Picture({
  media,
  alt,
  sizes,
  className,
  eager = false,
}: {
  media: Media;
  alt: string;
  sizes: string;
  className?: string;
  /** In the first screen (the portrait): fetched at once, first. */
  eager?: boolean;
}) {
  return (
    <picture>
      {media.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcset} sizes={sizes} />
      ))}
      {/* A plain <img>: next/image in a static export writes neither the AVIF and WebP sources nor the variants the build encodes. */}
      <img
        src={media.img.src}
        srcSet={media.img.srcset}
        sizes={sizes}
        alt={alt}
        width={media.width}
        height={media.height}
        className={className}
        {...(eager ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
        decoding="async"
      />
    </picture>
  );
}
