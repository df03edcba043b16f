import { Card } from '@/components/card';
import type { Article } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { VersionLink } from './language-switch';
import { TagLinks } from './tag-links';

/** When an article was last updated and how long it takes to read: the line under it in every list. */
export function UpdatedLine({ article }: { article: Article }) {
  return (
    <p className="mt-3 text-sm text-muted">
      Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
      {` · ${article.readingMinutes} min read`}
    </p>
  );
}

/**
 * An article in a list: headline link, description, date and reading time, and its tags as links.
 * `tags` false leaves the tags out (related reading, under an article whose own tags are just above).
 */
export function ArticleCard({
  article,
  as = 'h3',
  tags = true,
  languages = tags,
}: {
  article: Article;
  as?: 'h2' | 'h3';
  tags?: boolean;
  /** Its other languages under it: in the listings, not in related reading. */
  languages?: boolean;
}) {
  return (
    <Card href={article.path} title={article.headline} as={as}>
      <p className="mt-2 text-muted">{article.description}</p>
      <UpdatedLine article={article} />
      {languages && <CardLanguages article={article} />}
      {tags && <TagLinks tags={article.tags} className="mt-3" />}
    </Card>
  );
}

/** The article's other languages, under it in a list (the original is listed once): each a link in its own name. */
function CardLanguages({ article }: { article: Article }) {
  const others = article.versions.filter((v) => v.language !== article.language);
  if (others.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-muted" data-card-languages="">
      Also in:{' '}
      {others.map((v, i) => (
        <span key={v.language}>
          {i > 0 && ', '}
          <VersionLink
            version={v}
            className="inline-flex min-h-6 items-center underline underline-offset-2 hover:text-accent"
          />
        </span>
      ))}
    </p>
  );
}
