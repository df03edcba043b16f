import { Breadcrumb } from '@/components/listing/breadcrumb';
import { JsonLd } from '@/components/json-ld';
import { loadTags, siteOwner } from '@/lib/content';
import { TAG_INDEX } from '@/lib/listing/listing-pages';
import { pageMetadata } from '@/lib/outputs/metadata';
import { collectionGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { PageFrame } from '@/components/page-frame';
import { paths } from '@/lib/paths';
import { ServicePanel } from '@/components/service-panel';
import { WithPanel } from '@/components/with-panel';

export const metadata = pageMetadata(TAG_INDEX.meta);

export default function TagIndexPage() {
  const tags = loadTags();
  return (
    <PageFrame path={paths.tags}>
      <WithPanel panel={<ServicePanel />}>
        <Breadcrumb trail={TAG_INDEX.trail} />
        <h1 className="text-h1 font-bold tracking-tight">Topics</h1>
        <p className="mt-3 text-lead text-muted">Every topic, with the number of articles on it.</p>
        <ul className="mt-10 grid gap-3 sm:grid-cols-2">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <a
                href={tag.path}
                className="flex items-baseline justify-between gap-4 rounded-lg border border-line px-4 py-3 hover:border-accent"
              >
                <span className="font-semibold">{tag.name}</span>{' '}
                <span className="text-sm text-muted">
                  {tag.articles.length} article{tag.articles.length === 1 ? '' : 's'}
                </span>
              </a>
            </li>
          ))}
        </ul>
        <JsonLd
          data={collectionGraph(
            siteOrigin(),
            siteOwner(),
            TAG_INDEX.meta,
            tags.map((t) => ({ name: t.name, path: t.path })),
            TAG_INDEX.trail,
          )}
        />
      </WithPanel>
    </PageFrame>
  );
}
