import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { TagLinks } from './tag-links';

/** An article in a list: headline link, description, date and reading time, and its tags as links. */
export function ArticleCard({ article, as: Heading = 'h3' }: { article: Article; as?: 'h2' | 'h3' }) {
  return (
    <article className="rounded-lg border border-line p-5 hover:border-accent">
      <Heading className="text-lg leading-snug font-semibold">
        <a href={article.path} className="hover:text-accent">
          {article.headline}
        </a>
      </Heading>
      <p className="mt-2 text-muted">{article.description}</p>
      <p className="mt-3 text-sm text-muted">
        Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time> · {article.readingMinutes} min
        read
      </p>
      <TagLinks tags={article.tags} className="mt-3" />
    </article>
  );
}
