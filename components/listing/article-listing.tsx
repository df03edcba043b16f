import type { ReactNode } from 'react';
import { ArticleCard } from '@/components/article/article-card';
import { JsonLd } from '@/components/json-ld';
import { siteOwner, type Article } from '@/lib/content';
import type { ListingView } from '@/lib/listing/listing-pages';
import { articlesPerPage } from '@/lib/listing/listings';
import type { Page } from '@/lib/listing/paging';
import { paths } from '@/lib/paths';
import { collectionGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { Breadcrumb } from './breadcrumb';
import { Pagination } from './pagination';
import { PageFrame } from '@/components/page-frame';
import { ServicePanel } from '@/components/service-panel';
import { WithPanel } from '@/components/with-panel';
import { TopicsPanel } from './topics-panel';

interface Props {
  /** The h1 and what stands under it. */
  heading: ReactNode;
  intro: ReactNode;
  page: Page<Article>;
  trail?: readonly { name: string; path: string }[];
}

/** One page of a listing (/blog, a tag): its articles newest first, then the links to its other pages. */
export function ArticleListing({ heading, intro, page, trail }: Props) {
  return (
    <WithPanel
      panel={
        <>
          <TopicsPanel current={trail?.at(-1)?.path} />
          <ServicePanel />
        </>
      }
    >
      {trail && <Breadcrumb trail={trail} />}
      <h1 className="text-h1 font-bold tracking-tight">{heading}</h1>
      <p className="mt-3 text-lead text-muted">
        {intro}
        {page.count > 1 && ` Page ${page.number} of ${page.count}.`}
      </p>
      <ul className="mt-10 space-y-6">
        {page.items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} as="h2" />
          </li>
        ))}
      </ul>
      <Pagination page={page} />
    </WithPanel>
  );
}

/** What /blog says under its heading, with the way to the topics. */
export function BlogIntro() {
  return (
    <>
      On designing AI systems that hold up in production.{' '}
      <a href={paths.tags} className="underline underline-offset-2 hover:text-accent">
        Browse by topic
      </a>
      .
    </>
  );
}

/**
 * A later page of /blog, or any page of a tag: the listing and its CollectionPage JSON-LD, whose
 * items are numbered from the first article of this page.
 */
export function ListingPage({ view, heading, intro }: { view: ListingView; heading: string; intro: ReactNode }) {
  const { meta, page, trail } = view;
  const first = (page.number - 1) * articlesPerPage() + 1;
  const items = page.items.map((a) => ({ name: a.headline, path: a.path }));
  return (
    <PageFrame path={meta.path}>
      <ArticleListing heading={heading} intro={intro} page={page} trail={trail} />
      <JsonLd data={collectionGraph(siteOrigin(), siteOwner(), meta, items, trail, first)} />
    </PageFrame>
  );
}
