import { site } from '@/content/site';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { JsonLd } from '@/components/json-ld';
import { siteOwner } from '@/lib/content';
import { pageMetadata } from '@/lib/outputs/metadata';
import { paths } from '@/lib/paths';
import { pageGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { HOME, SEARCH } from '@/lib/trails';
import { PageFrame } from '@/components/page-frame';
import { ServicePanel } from '@/components/service-panel';
import { WithPanel } from '@/components/with-panel';

const page = {
  title: `Search the site · ${site.name}`,
  description: `Search the articles, services and case studies of ${site.name} on AI systems architecture, word for word.`,
  path: paths.search,
};
const TRAIL = [HOME, SEARCH];

export const metadata = pageMetadata(page);

/**
 * The one page that loads JavaScript: public/scripts/search.js queries the Pagefind index the
 * build writes to out/pagefind/ (lib/build/search-index.mjs). The form is a real GET form, so
 * Enter submits it and the script answers ?q=; without JavaScript the page says so.
 */
export default function SearchPage() {
  return (
    <PageFrame path={paths.search}>
      <WithPanel panel={<ServicePanel />}>
        <Breadcrumb trail={TRAIL} />
        <h1 className="text-h1 font-bold tracking-tight">Search</h1>
        <form
          action={paths.search}
          method="get"
          role="search"
          className="mt-6 flex flex-wrap gap-3"
          data-search-form=""
        >
          <label htmlFor="search-query" className="w-full font-semibold">
            Search the site
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            autoComplete="off"
            className="min-w-0 flex-1 rounded-md border border-line bg-transparent px-3 py-2 text-base"
          />
          <button
            type="submit"
            className="rounded-md border border-accent px-4 py-2 font-semibold hover:bg-accent-soft"
          >
            Search
          </button>
        </form>
        <p className="mt-6 text-muted" data-search-nojs="">
          Search needs JavaScript, which is off or did not load. Browse the articles{' '}
          <a href={paths.tags} className="underline underline-offset-2">
            by topic
          </a>{' '}
          or see{' '}
          <a href={paths.blog} className="underline underline-offset-2">
            all writing
          </a>{' '}
          instead.
        </p>
        <p role="status" aria-live="polite" className="mt-6 font-semibold" data-search-status="" />
        <ol className="mt-4 space-y-6" data-search-results="" />
        <JsonLd data={pageGraph(siteOrigin(), siteOwner(), page, TRAIL)} />
        <script src="/scripts/search.js" defer />
      </WithPanel>
    </PageFrame>
  );
}
