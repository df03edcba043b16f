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
  pageParams,
  siteOwner,
} from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { caseStudiesGraph, caseStudyGraph, contentPageGraph } from '@/lib/schema/pages';
import { siteOrigin } from '@/lib/site-url';

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
  return found ? pageMetadata(found) : {};
}

/** How many articles the about page lists under "Writing". */
const LATEST = 5;

export default async function ContentPage(props: Props) {
  const { page, study, index } = await resolve(props);
  const origin = siteOrigin();
  if (index)
    return (
      <>
        <CaseStudiesList studies={index} />
        <JsonLd data={caseStudiesGraph(caseStudiesPage, index, siteOwner(), origin)} />
      </>
    );
  if (study)
    return (
      <>
        <CaseStudyView study={study} />
        <JsonLd data={caseStudyGraph(study, origin)} />
      </>
    );
  if (!page) notFound();
  const latest = page.kind === 'profile' ? loadArticles().slice(0, LATEST) : [];
  return (
    <>
      <PageBody headline={page.headline} lead={page.description} sections={page.sections} media={page.media} />
      {latest.length > 0 && (
        <section aria-labelledby="writing" className="mt-section max-w-3xl">
          <h2 id="writing" className="text-xl font-bold">
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
      <JsonLd data={contentPageGraph(page, siteOwner(), origin)} />
    </>
  );
}
