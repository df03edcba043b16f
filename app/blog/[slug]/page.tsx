import { notFound } from 'next/navigation';
import { ArticleCta } from '@/components/article/article-cta';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleSection } from '@/components/article/article-section';
import { RelatedReading } from '@/components/article/related-reading';
import { TagLinks } from '@/components/article/tag-links';
import { Toc } from '@/components/article/toc';
import { JsonLd } from '@/components/json-ld';
import { articleParams, loadArticle, loadArticles } from '@/lib/content';
import { relatedArticles } from '@/lib/listing/related';
import { articleMetadata } from '@/lib/outputs/metadata';
import { articleGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';
import { PageFrame } from '@/components/page-frame';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams();
}

export async function generateMetadata({ params }: Props) {
  const article = loadArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = loadArticle((await params).slug);
  if (!article) notFound();
  return (
    <PageFrame path={article.path}>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-14">
        <article className="min-w-0">
          {article.draft && (
            <p
              role="note"
              className="mb-6 rounded-md border border-accent bg-accent-soft px-4 py-2 text-sm font-semibold"
            >
              Draft: shown by npm run dev only; the production build leaves it out.
            </p>
          )}
          <ArticleHeader article={article} />
          <Toc sections={article.sections} placement="inline" />
          <div className="prose max-w-measure" data-pagefind-body="" data-pagefind-meta="kind:Article">
            {article.sections.map((section) => (
              <ArticleSection key={section.id} section={section} media={article.media} />
            ))}
          </div>
          {/* Where a phone reader meets the tags (the header shows them from sm up). */}
          <TagLinks tags={article.tags} label="Topics" wrapperClassName="no-print mt-10" className="mt-2" />
          <ArticleCta authorName={article.author.name} />
          <RelatedReading articles={relatedArticles(article, loadArticles())} />
          <p className="no-print mt-8 text-sm">
            <a href="#top" className="underline underline-offset-2">
              Back to top
            </a>
          </p>
        </article>
        <Toc sections={article.sections} placement="aside" />
        <JsonLd data={articleGraph(article, siteOrigin())} />
        <script src="/scripts/toc.js" defer />
      </div>
    </PageFrame>
  );
}
