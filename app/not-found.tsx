import type { Metadata } from 'next';
import { site } from '@/content/site';
import { loadArticles } from '@/lib/content';
import { paths } from '@/lib/paths';
import { PageFrame } from '@/components/page-frame';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { callToAction } from '@/lib/navigation';
import { HOME } from '@/lib/trails';
import { ServicePanel } from '@/components/service-panel';
import { WithPanel } from '@/components/with-panel';

// No `robots` here: Next.js itself writes <meta name="robots" content="noindex"> on this page, and
// a second one would repeat it.
export const metadata: Metadata = {
  title: { absolute: `Page not found · ${site.name}` },
  description: 'This page does not exist. Find the writing on AI systems architecture or get in touch.',
};

export default function NotFound() {
  const articles = loadArticles().slice(0, 3);
  const cta = callToAction();
  return (
    <PageFrame path={''}>
      <WithPanel panel={<ServicePanel />}>
        <Breadcrumb trail={[HOME, { name: 'Page not found', path: '/404' }]} />
        <h1 className="text-h1 font-bold tracking-tight">Page not found</h1>
        <p className="mt-4 text-lead">
          This address does not lead anywhere on this site: the link may be old, or the address mistyped. Perhaps one of
          these:
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          {articles.map((a) => (
            <li key={a.slug}>
              <a href={a.path} className="underline underline-offset-2">
                {a.headline}
              </a>
            </li>
          ))}
          <li>
            <a href={paths.blog} className="underline underline-offset-2">
              All writing
            </a>
          </li>
          <li>
            <a href="/" className="underline underline-offset-2">
              Home
            </a>
          </li>
          <li>
            <a href={cta.href} className="underline underline-offset-2">
              {cta.text}
            </a>
          </li>
        </ul>
      </WithPanel>
    </PageFrame>
  );
}
