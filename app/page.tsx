import { site } from '@/content/site';
import { ArticleCard } from '@/components/article/article-card';
import { loadArticles } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: `${site.name} · AI Systems Architect`,
  description: site.description,
  path: '/',
});

export default function HomePage() {
  const [featured] = loadArticles();
  const author = site.authors['mudassir-khan'];
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{author.name}</h1>
      <p className="mt-2 text-lg text-accent">{author.jobTitle}</p>
      <p className="mt-6 text-lg leading-relaxed">{site.description}</p>
      <p className="mt-6">
        <a href={site.links.aiSystemsArchitecture} className="font-semibold underline">
          Work with me on your AI system architecture
        </a>
      </p>
      {featured && (
        <section aria-labelledby="featured" className="mt-14">
          <h2 id="featured" className="mb-4 text-xl font-semibold">
            Featured article
          </h2>
          <ArticleCard article={featured} />
        </section>
      )}
    </div>
  );
}
