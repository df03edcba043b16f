import { ImageResponse } from 'next/og';
import { site } from '@/content/site';
import { CoverArt } from '@/components/cover-art';
import { siteOwner } from '@/lib/content';
import { COVER_IMAGES } from '@/lib/images';

export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    <CoverArt headline={site.description} author={siteOwner()} size={COVER_IMAGES.og} />,
    COVER_IMAGES.og,
  );
}
