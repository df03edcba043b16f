import { ArticleCta } from './article-cta';
import { ArticleHeader } from './article-header';
import { ArticleSection } from './article-section';
import { LanguageSwitch } from './language-switch';
import { RelatedReading } from './related-reading';
import { TagLinks } from './tag-links';
import { Toc } from './toc';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/page-frame';
import type { Article } from '@/lib/content';
import { interfaceWords, wordLanguage } from '@/lib/interface-words';
import { articleGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

/**
 * An article's page, the original's (app/blog/[slug]) and each translation's
 * (app/[lang]/blog/[slug]) alike: in the article's language and direction, with the interface in
 * its words (lib/interface-words.ts) and a switch to its other languages. `related` are the
 * articles to read next (an original's only: they are in the site's language).
 */
export function ArticlePage({ article, related = [] }: { article: Article; related?: readonly Article[] }) {
  const words = interfaceWords(article.language);
  return (
    <PageFrame path={article.path} language={{ tag: article.language, direction: article.direction }}>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-14">
        <article className="min-w-0">
          {article.draft && (
            <p
              role="note"
              lang="en"
              className="mb-6 rounded-md border border-accent bg-accent-soft px-4 py-2 text-sm font-semibold"
            >
              Draft: shown by npm run dev only; the production build leaves it out.
            </p>
          )}
          <ArticleHeader article={article} words={words} />
          <LanguageSwitch versions={article.versions} current={article.language} label={words.otherLanguages} />
          <Toc sections={article.sections} placement="inline" words={words} />
          <div className="prose max-w-measure" data-pagefind-body="" data-pagefind-meta="kind:Article">
            {article.sections.map((section) => (
              <ArticleSection
                key={section.id}
                section={section}
                media={article.media}
                quickAnswer={{ text: words.quickAnswer, ...wordLanguage('quickAnswer', article.language) }}
              />
            ))}
          </div>
          {/* Where a phone reader meets the tags (the header shows them from sm up). */}
          {!article.translationOf && (
            <TagLinks tags={article.tags} label={words.topics} wrapperClassName="no-print mt-10" className="mt-2" />
          )}
          <ArticleCta authorName={article.author.name} words={words} language={article.language} />
          <RelatedReading articles={related} />
          <p className="no-print mt-8 text-sm">
            <a href="#top" className="underline underline-offset-2">
              {words.backToTop}
            </a>
          </p>
        </article>
        <Toc sections={article.sections} placement="aside" words={words} />
        <JsonLd data={articleGraph(article, siteOrigin())} />
        <script src="/scripts/toc.js" defer />
      </div>
    </PageFrame>
  );
}
