import { loadArticles } from '@/lib/content';
import { rssFeed } from '@/lib/outputs/feed';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-static';

export function GET() {
  return new Response(rssFeed(loadArticles(), siteOrigin()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
