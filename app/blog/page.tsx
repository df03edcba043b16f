import { JsonLd } from '@/components/json-ld';
import { ArticleListing, BlogIntro } from '@/components/listing/article-listing';
import { loadArticles, siteOwner } from '@/lib/content';
import { blogListing, BLOG_PAGE } from '@/lib/listing/listing-pages';
import { listingMetadata } from '@/lib/outputs/metadata';
import { blogIndexGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { PageFrame } from '@/components/page-frame';
import { paths } from '@/lib/paths';
import { HOME, WRITING } from '@/lib/trails';

export function generateMetadata() {
  const { meta, page } = blogListing(loadArticles(), 1);
  return listingMetadata({ ...meta, next: page.next });
}

export default function BlogIndexPage() {
  const { page } = blogListing(loadArticles(), 1);
  return (
    <PageFrame path={paths.blog}>
      <ArticleListing heading="Writing" intro={<BlogIntro />} page={page} trail={[HOME, WRITING]} />
      <JsonLd data={blogIndexGraph(siteOrigin(), siteOwner(), BLOG_PAGE, page.items)} />
    </PageFrame>
  );
}
