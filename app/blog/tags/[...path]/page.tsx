import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/article-listing';
import { loadTag, loadTags } from '@/lib/content';
import { tagListing } from '@/lib/listing/listing-pages';
import { articlesPerPage } from '@/lib/listing/listings';
import { listingViewMetadata } from '@/lib/outputs/metadata';
import { laterPages, pageNumber } from '@/lib/listing/paging';

// One route for a tag's page (/blog/tags/<slug>) and its later pages (/blog/tags/<slug>/page/<n>):
// every published article has a tag, so its params are never empty (Next.js refuses an empty list).
interface Props {
  params: Promise<{ path: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  const size = articlesPerPage();
  return loadTags().flatMap((tag) => [
    { path: [tag.slug] },
    ...laterPages(tag.articles.length, size).map((n) => ({ path: [tag.slug, 'page', String(n)] })),
  ]);
}

async function view({ params }: Props) {
  const [slug = '', ...rest] = (await params).path;
  const tag = loadTag(slug);
  if (!tag) return undefined;
  if (rest.length === 0) return tagListing(tag, 1);
  const n =
    rest.length === 2 && rest[0] === 'page' ? pageNumber(rest[1]!, tag.articles.length, articlesPerPage()) : undefined;
  return n ? tagListing(tag, n) : undefined;
}

export async function generateMetadata(props: Props) {
  const found = await view(props);
  return found ? listingViewMetadata(found) : {};
}

export default async function TagPage(props: Props) {
  const found = await view(props);
  if (!found) notFound();
  const tag = found.trail[3]!;
  return <ListingPage view={found} heading={tag.name} intro={`Articles on ${tag.name}, newest first.`} />;
}
