export { contentRoot, showDrafts } from './load';
export {
  articleParams,
  contentNotices,
  featuredArticle,
  loadArticles,
  loadArticle,
  loadCaseStudies,
  loadCaseStudy,
  loadPage,
  loadPages,
  loadServicePage,
  loadTag,
  loadTags,
  pageParams,
  loadTranslation,
  loadTranslations,
  translationParams,
} from './store';
export { type Page } from './kinds/page';
export { caseStudiesIndex, caseStudiesPage, caseStudyPath, type CaseStudy } from './kinds/case-study';
export { type Offer, type Price } from './kinds/offers';
export {
  parseArticle,
  siteOwner,
  META_FILE,
  WORDS_PER_MINUTE,
  type Article,
  type Author,
  type Version,
} from './kinds/article';
export { type Section, type FaqEntry, type Subsection } from './parse/section';
export { MDX_COMPONENTS, MDX_COMPONENT_NAMES, type MdxComponentName } from './parse/components';
export { ContentError, type Problem } from './errors';
