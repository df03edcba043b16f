import { site } from '@/content/site';
import { ArticleCard } from '@/components/article/article-card';
import { JsonLd } from '@/components/json-ld';
import { loadArticles, siteOwner } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { homeGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

const page = { title: `${site.name} · AI Systems Architect`, description: site.description };

export const metadata = pageMetadata({ ...page, path: '/' });

export default function HomePage() {
  const [featured] = loadArticles();
  const owner = siteOwner();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{owner.name}</h1>
      <p className="mt-2 text-lg text-accent">{owner.jobTitle}</p>
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
      <JsonLd data={homeGraph(siteOrigin(), owner, page)} />
    </div>
  );
}
