import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/dates';

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="mb-10 border-b border-line pb-8">
      <ul className="mb-4 flex flex-wrap gap-2 text-sm" aria-label="Tags">
        {article.tags.map((tag) => (
          <li key={tag} className="rounded-full bg-accent-soft px-3 py-1 text-accent">
            {tag}
          </li>
        ))}
      </ul>
      <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">{article.headline}</h1>
      <p className="mt-4 text-lg text-muted">{article.description}</p>
      <p className="mt-6 text-sm text-muted">
        By{' '}
        <a href={article.author.path} rel="author" className="font-semibold text-ink">
          {article.author.name}
        </a>
        , {article.author.jobTitle}
      </p>
      <p className="mt-1 text-sm text-muted">
        Published <time dateTime={article.published}>{formatDate(article.published)}</time> · Updated{' '}
        <time dateTime={article.updated}>{formatDate(article.updated)}</time> · {article.readingMinutes} min read
      </p>
    </header>
  );
}
