import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { JsonLd } from '@/components/json-ld';
import { CaseStudiesList } from '@/components/page/case-studies-list';
import { CaseStudyView } from '@/components/page/case-study-view';
import { PageBody } from '@/components/page/page-body';
import {
  caseStudiesIndex,
  caseStudiesPage,
  loadArticles,
  loadCaseStudies,
  loadPage,
  loadServicePage,
  pageParams,
  siteOwner,
} from '@/lib/content';
import { pageMetadata, profileMetadata } from '@/lib/outputs/metadata';
import { portrait } from '@/lib/trust';
import { Clients } from '@/components/trust/clients';
import { Portrait } from '@/components/trust/portrait';
import { Testimonials } from '@/components/trust/testimonials';
import { WorkHistory } from '@/components/trust/work-history';
import { paths } from '@/lib/paths';
import { caseStudiesGraph, caseStudyGraph, contentPageGraph } from '@/lib/schema/pages';
import { siteOrigin } from '@/lib/site-url';
import { PageFrame } from '@/components/page-frame';
import { pageTrail } from '@/lib/trails';
import { OfferPanel } from '@/components/page/offer-panel';
import { HeroActions } from '@/components/page/hero-actions';

// Every page built from content/ that is not an article: the marketing pages (page.mdx, each at
// the path it declares), the case studies (case-study.mdx, at /case-studies/<slug>) and their index.
interface Props {
  params: Promise<{ path: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams();
}

/** What is served at the route's path: a page, a case study, the index, or nothing. */
async function resolve({ params }: Props) {
  const path = `/${(await params).path.join('/')}`;
  if (path === caseStudiesIndex) return { index: loadCaseStudies() };
  return { page: loadPage(path), study: loadCaseStudies().find((c) => c.path === path) };
}

export async function generateMetadata(props: Props) {
  const { page, study, index } = await resolve(props);
  const found = page ?? study ?? (index && caseStudiesPage);
  if (!found) return {};
  // The about page's card shows the owner's portrait, when there is one.
  return page?.kind === 'profile' ? profileMetadata(page, portrait()) : pageMetadata(found);
}

/** How many articles the about page lists under "Writing". */
const LATEST = 5;

export default async function ContentPage(props: Props) {
  const { page, study, index } = await resolve(props);
  const origin = siteOrigin();
  if (index)
    return (
      <PageFrame path={caseStudiesPage.path}>
        <CaseStudiesList studies={index} />
        <JsonLd data={caseStudiesGraph(caseStudiesPage, index, siteOwner(), origin)} />
      </PageFrame>
    );
  if (study)
    return (
      <PageFrame path={study.path}>
        <CaseStudyView study={study} />
        <JsonLd data={caseStudyGraph(study, origin)} />
      </PageFrame>
    );
  if (!page) notFound();
  const profile = page.kind === 'profile';
  const latest = profile ? loadArticles().slice(0, LATEST) : [];
  const owner = profile ? portrait() : undefined;
  // The service page sells (its <Offers>); the about page shows the same offer beside the bio.
  const service = page.kind === 'service' ? page : page.kind === 'profile' ? loadServicePage() : undefined;
  return (
    <PageFrame path={page.path}>
      <PageBody
        trail={pageTrail(page)}
        kind={page.kind === 'service' ? 'Services' : page.kind === 'profile' ? 'About' : 'Page'}
        panel={service && <OfferPanel offers={service.offers} offersPath={service.path} />}
        headline={page.headline}
        lead={page.description}
        sections={page.sections}
        media={page.media}
        sales={page.kind === 'service' ? { offers: page.offers } : undefined}
        portrait={owner && <Portrait portrait={owner} />}
        proof={
          (profile || page.kind === 'service') && (
            <>
              {profile && <WorkHistory />}
              <Testimonials />
              <Clients />
            </>
          )
        }
      >
        {page.kind === 'service' && <HeroActions offersAt={`#${page.offers[0]?.sectionId ?? ''}`} />}
      </PageBody>
      {latest.length > 0 && (
        <section aria-labelledby="writing" className="mt-section max-w-3xl">
          <h2 id="writing" className="text-h2 font-bold">
            Writing
          </h2>
          <ul className="mt-4 space-y-4">
            {latest.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <a href={paths.blog} className="font-semibold text-accent underline underline-offset-2">
              All writing
            </a>
          </p>
        </section>
      )}
      <JsonLd data={contentPageGraph(page, siteOwner(), origin, owner?.media.largest)} />
    </PageFrame>
  );
}
