import { caseStudiesIndex, loadArticles, loadCaseStudies, loadPages, loadTags, loadTranslations } from '@/lib/content';
import { sitemapEntries } from '@/lib/outputs/sitemap';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-static';

export default function sitemap() {
  const studies = loadCaseStudies();
  // The case studies' index changes when its newest case study does (else with the newest article).
  const index = {
    path: caseStudiesIndex,
    updated: studies
      .map((s) => s.updated)
      .sort()
      .at(-1),
  };
  return sitemapEntries(loadArticles(), siteOrigin(), {
    tags: loadTags(),
    translations: loadTranslations(),
    others: [...loadPages(), index, ...studies],
  });
}
