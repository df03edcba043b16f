import { ImageResponse } from 'next/og';
import { site } from '@/content/site';
import { CoverArt } from '@/components/cover-art';
import { featuredArticle, siteOwner } from '@/lib/content';
import { COVER_IMAGES } from '@/lib/images';

export const dynamic = 'force-static';

// The site's card: its description over the idea of the article the home page leads with (the
// pillar's requirement → trade-offs → outputs), so a shared link to the site says what he does.
export function GET() {
  const idea = featuredArticle()?.idea ?? { from: site.name, through: [], to: [] };
  return new ImageResponse(
    <CoverArt headline={site.description} author={siteOwner()} idea={idea} size={COVER_IMAGES.og} />,
    COVER_IMAGES.og,
  );
}
