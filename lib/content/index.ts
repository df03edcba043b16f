export { loadArticles, loadArticle, contentRoot, showDrafts } from './load';
export { parseArticle, siteOwner, META_FILE, WORDS_PER_MINUTE, type Article, type Author } from './article';
export { MDX_COMPONENT_NAMES, type Section, type FaqEntry, type Subsection } from './section';
export { ContentError, type Problem } from './errors';
