export { contentRoot, showDrafts } from './load';
export { articleParams, featuredArticle, loadArticles, loadArticle, loadTag, loadTags } from './store';
export { parseArticle, siteOwner, META_FILE, WORDS_PER_MINUTE, type Article, type Author } from './article';
export { type Section, type FaqEntry, type Subsection } from './section';
export { MDX_COMPONENTS, MDX_COMPONENT_NAMES, type MdxComponentName } from './components';
export { ContentError, type Problem } from './errors';
