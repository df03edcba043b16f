import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ArticleListing, BlogIntro } from '@/components/listing/article-listing';
import { loadArticles, siteOwner } from '@/lib/content';
import { blogListing } from '@/lib/listing-pages';
import { articlesPerPage } from '@/lib/listings';
import { listingMetadata } from '@/lib/metadata';
import { laterPages, pageNumber } from '@/lib/paging';
import { PLACEHOLDER_PAGE } from '@/lib/build/placeholder.mjs';
import { collectionGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

/** Pages 2 … last of /blog; page 1 is /blog itself. */
export function generateStaticParams() {
  const pages = laterPages(loadArticles().length, articlesPerPage()).map((n) => ({ page: String(n) }));
  return pages.length ? pages : [{ page: PLACEHOLDER_PAGE }];
}

async function view({ params }: Props) {
  const articles = loadArticles();
  const n = pageNumber((await params).page, articles.length, articlesPerPage());
  return n ? blogListing(articles, n) : undefined;
}

export async function generateMetadata(props: Props) {
  const found = await view(props);
  return found ? listingMetadata({ ...found.meta, previous: found.page.previous, next: found.page.next }) : {};
}

export default async function BlogPage(props: Props) {
  const found = await view(props);
  if (!found) notFound();
  const { meta, page, trail } = found;
  const first = (page.number - 1) * articlesPerPage() + 1;
  const items = page.items.map((a) => ({ name: a.headline, path: a.path }));
  return (
    <>
      <ArticleListing heading="Writing" intro={<BlogIntro />} page={page} trail={trail} />
      <JsonLd data={collectionGraph(siteOrigin(), siteOwner(), meta, items, trail, first)} />
    </>
  );
}
