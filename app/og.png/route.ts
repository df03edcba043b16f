import { site } from '@/content/site';
import { profiled } from '@/lib/build/build-profile';
import { featuredArticle, siteOwner } from '@/lib/content';
import { coverPng } from '@/lib/art/cover-png';
import { cachedPng, drawingKey } from '@/lib/art/drawn-images';
import { COVER_IMAGES } from '@/lib/media/covers';

export const dynamic = 'force-static';

// The site's card: its description over the idea of the article the home page leads with (the
// pillar's requirement → trade-offs → outputs), so a shared link to the site says what he does.
export function GET() {
  const idea = featuredArticle()?.idea ?? { from: site.name, through: [], to: [] };
  const { name, jobTitle } = siteOwner();
  const text = { headline: site.description, name, jobTitle, idea };
  const size = COVER_IMAGES.og;
  return profiled('site-card', '/og.png', () => cachedPng(drawingKey({ ...text, size }), () => coverPng(size, text)));
}
