import { site } from '@/content/site';
import { ArticleCard } from '@/components/article/article-card';
import { JsonLd } from '@/components/json-ld';
import { loadArticles, siteOwner } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { blogIndexGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

const page = {
  title: `Writing on AI systems architecture · ${site.name}`,
  description:
    'Articles by Mudassir Khan on designing production AI systems: architecture, orchestration, guardrails, observability and hiring.',
};

export const metadata = pageMetadata({ ...page, path: paths.blog });

export default function BlogIndexPage() {
  const articles = loadArticles();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Writing</h1>
      <p className="mt-3 text-lg text-muted">On designing AI systems that hold up in production.</p>
      <ul className="mt-10 space-y-6">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} as="h2" />
          </li>
        ))}
      </ul>
      <JsonLd data={blogIndexGraph(siteOrigin(), siteOwner(), page, articles)} />
    </div>
  );
}
