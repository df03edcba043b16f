import { JsonLd } from '@/components/json-ld';
import { ArticleListing, BlogIntro } from '@/components/listing/article-listing';
import { loadArticles, siteOwner } from '@/lib/content';
import { blogListing, BLOG_PAGE } from '@/lib/listing-pages';
import { listingMetadata } from '@/lib/metadata';
import { blogIndexGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

export function generateMetadata() {
  const { meta, page } = blogListing(loadArticles(), 1);
  return listingMetadata({ ...meta, next: page.next });
}

export default function BlogIndexPage() {
  const { page } = blogListing(loadArticles(), 1);
  return (
    <>
      <ArticleListing heading="Writing" intro={<BlogIntro />} page={page} />
      <JsonLd data={blogIndexGraph(siteOrigin(), siteOwner(), BLOG_PAGE, page.items)} />
    </>
  );
}
