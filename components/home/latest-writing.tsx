import { site } from '@/content/site';
import { ArticleCard, UpdatedLine } from '@/components/article/article-card';
import { CoverVisual } from '@/components/article/cover-visual';
import { Card } from '@/components/card';
import type { Article } from '@/lib/content';
import { paths } from '@/lib/paths';

/**
 * The latest writing (lib/listing/home.ts latestWriting): the featured article leads, the width of the
 * page with its cover beside it on a wide screen; the others follow, three across.
 */
export function LatestWriting({ articles }: { articles: readonly Article[] }) {
  const [lead, ...others] = articles;
  if (!lead) return null;
  return (
    <section id="writing" aria-labelledby="writing-title" className="mt-section scroll-mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2 id="writing-title" className="text-h2 font-bold tracking-tight">
          {site.home.writingTitle}
        </h2>
        <a href={paths.blog} className="font-semibold text-accent underline underline-offset-4">
          All writing
        </a>
      </div>
      <ol className="mt-6 grid gap-4 lg:grid-cols-3">
        <li className="lg:col-span-3">
          <Card
            href={lead.path}
            title={lead.headline}
            eyebrow="Start here"
            headingClassName="text-h3 leading-snug font-bold"
            className="grid items-center gap-6 p-5 sm:p-6 lg:grid-cols-2 lg:gap-10"
            aside={<CoverVisual idea={lead.idea} className="hidden sm:block" />}
          >
            <p className="mt-3 text-muted">{lead.description}</p>
            <UpdatedLine article={lead} />
          </Card>
        </li>
        {others.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ol>
    </section>
  );
}
