import { loadArticles, loadTags } from '@/lib/content';
import { sitemapEntries } from '@/lib/sitemap';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-static';

export default function sitemap() {
  return sitemapEntries(loadArticles(), siteOrigin(), loadTags());
}
