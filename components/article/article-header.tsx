import type { Article } from '@/lib/content';
import { formatDateIn } from '@/lib/dates';
import { ENGLISH_WORDS, fillWords, type InterfaceWords } from '@/lib/interface-words';
import { SITE_LANGUAGE } from '@/lib/language';
import { drawsDiagram } from '@/lib/art/diagram';
import { phoneHeadlineSize } from '@/lib/headline';
import { CoverVisual } from './cover-visual';
import { TagLinks } from './tag-links';
import { Breadcrumb } from '@/components/listing/breadcrumb';
import { articleTrail } from '@/lib/trails';

export function ArticleHeader({ article, words = ENGLISH_WORDS }: { article: Article; words?: InterfaceWords }) {
  const date = (iso: string) => formatDateIn(iso, article.language, SITE_LANGUAGE);
  return (
    <header id="top" className="mb-6 sm:mb-10">
      <Breadcrumb trail={articleTrail(article, words)} label={words.breadcrumb} compact />
      {/* Compact on a phone, so the article's first words still start on the first screen: the
          tags wait for the end of the article there, and a long headline steps down a size. A
          translation's tags are its own words: the tag pages list the originals. */}
      {!article.translationOf && <TagLinks tags={article.tags} className="mb-5" wrapperClassName="hidden sm:block" />}
      <h1
        className={`${phoneHeadlineSize(article.headline)} leading-tight font-bold tracking-tight text-balance sm:text-h1`}
        data-pagefind-meta="title"
      >
        {article.headline}
      </h1>
      <p className="mt-3 text-lead text-muted sm:mt-4">{article.description}</p>
      <div className="mt-3 border-t border-line pt-2 text-sm text-muted sm:mt-6 sm:pt-4">
        {/* One flowing line on a phone (two when it wraps), a line each from sm up. */}
        <p className="inline sm:block">
          {words.by}{' '}
          <a
            href={article.author.path}
            rel="author"
            className="font-semibold text-ink underline-offset-2 hover:underline"
          >
            {article.author.name}
          </a>
          <span className="hidden sm:inline">, {article.author.jobTitle}</span>
        </p>
        <span aria-hidden="true" className="sm:hidden">
          {' · '}
        </span>
        <p className="inline sm:mt-1 sm:block">
          {words.published} <time dateTime={article.published}>{date(article.published)}</time>
          <span aria-hidden="true"> · </span>
          {words.updated} <time dateTime={article.updated}>{date(article.updated)}</time>
          <span aria-hidden="true"> · </span>
          {fillWords(words.minRead, { minutes: article.readingMinutes })}
        </p>
      </div>
      {!drawsDiagram(article.sections) && <CoverVisual idea={article.idea} />}
    </header>
  );
}
