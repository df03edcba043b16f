import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { CoverVisual } from './cover-visual';
import { TagLinks } from './tag-links';

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header id="top" className="mb-10">
      <TagLinks tags={article.tags} />
      <h1 className="mt-5 text-2xl font-bold tracking-tight text-balance sm:text-3xl" data-pagefind-meta="title">
        {article.headline}
      </h1>
      <p className="mt-4 text-lg text-muted">{article.description}</p>
      <div className="mt-6 border-t border-line pt-4 text-sm text-muted">
        <p>
          By{' '}
          <a
            href={article.author.path}
            rel="author"
            className="font-semibold text-ink underline-offset-2 hover:underline"
          >
            {article.author.name}
          </a>
          , {article.author.jobTitle}
        </p>
        <p className="mt-1">
          Published <time dateTime={article.published}>{formatDate(article.published)}</time>
          <span aria-hidden="true"> · </span>
          Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
          <span aria-hidden="true"> · </span>
          {article.readingMinutes} min read
        </p>
      </div>
      <CoverVisual />
    </header>
  );
}
