import type { Article } from '@/lib/content';
import { ArticleCard } from './article-card';

/** The end of an article: up to three others to read next (lib/listing/related); nothing when there are none. */
export function RelatedReading({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-label="Related reading" className="no-print mt-section">
      <h2 className="text-h2 font-bold">Related reading</h2>
      <ul className="mt-4 space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} tags={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
