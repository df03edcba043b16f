import { site } from '@/content/site';
import { Engagements } from '@/components/home/engagements';
import { Hero } from '@/components/home/hero';
import { LatestWriting } from '@/components/home/latest-writing';
import { JsonLd } from '@/components/json-ld';
import { featuredArticle, loadArticles, loadServicePage, siteOwner } from '@/lib/content';
import { latestWriting } from '@/lib/listing/home';
import { pageMetadata } from '@/lib/outputs/metadata';
import { homeGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { PageFrame } from '@/components/page-frame';
import { Clients } from '@/components/trust/clients';
import { Testimonials } from '@/components/trust/testimonials';

const page = { title: `${site.name} · AI Systems Architect`, description: site.description };

export const metadata = pageMetadata({ ...page, path: '/' });

/** Who he is and for whom, the proof, the ways to work together, the latest writing. */
export default function HomePage() {
  const owner = siteOwner();
  const service = loadServicePage();
  return (
    <PageFrame path="/">
      <Hero owner={owner} />
      {service && <Engagements offers={service.offers} servicePath={service.path} />}
      {/* What others say and who he worked for: nothing until content/site.ts has real ones. */}
      <Testimonials />
      <Clients />
      <LatestWriting articles={latestWriting(loadArticles(), featuredArticle(), site.home.writingCount)} />
      <JsonLd data={homeGraph(siteOrigin(), owner, page)} />
    </PageFrame>
  );
}
