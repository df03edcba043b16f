import {
  caseStudiesPage,
  loadArticles,
  loadCaseStudies,
  loadPages,
  loadTags,
  loadTranslations,
  siteOwner,
} from '@/lib/content';
import { llmsTxt } from '@/lib/outputs/llms';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-static';

export function GET() {
  return new Response(
    llmsTxt(loadArticles(), siteOrigin(), siteOwner(), {
      tags: loadTags(),
      translations: loadTranslations(),
      pages: [...loadPages(), caseStudiesPage, ...loadCaseStudies()],
    }),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
}
