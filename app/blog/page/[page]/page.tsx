import { notFound } from 'next/navigation';
import { BlogIntro, ListingPage } from '@/components/listing/article-listing';
import { loadArticles } from '@/lib/content';
import { blogListing } from '@/lib/listing/listing-pages';
import { articlesPerPage } from '@/lib/listing/listings';
import { listingViewMetadata } from '@/lib/outputs/metadata';
import { laterPages, pageNumber } from '@/lib/listing/paging';
import { orPlaceholder, PLACEHOLDER_PAGE } from '@/lib/build/placeholder.mjs';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

/** Pages 2 … last of /blog; page 1 is /blog itself. */
export function generateStaticParams() {
  const pages = laterPages(loadArticles().length, articlesPerPage()).map((n) => ({ page: String(n) }));
  return orPlaceholder(pages, { page: PLACEHOLDER_PAGE });
}

async function view({ params }: Props) {
  const articles = loadArticles();
  const n = pageNumber((await params).page, articles.length, articlesPerPage());
  return n ? blogListing(articles, n) : undefined;
}

export async function generateMetadata(props: Props) {
  const found = await view(props);
  return found ? listingViewMetadata(found) : {};
}

export default async function BlogPage(props: Props) {
  const found = await view(props);
  if (!found) notFound();
  return <ListingPage view={found} heading="Writing" intro={<BlogIntro />} />;
}
