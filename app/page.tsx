import { site } from '@/content/site';
import { ArticleCard } from '@/components/article/article-card';
import { JsonLd } from '@/components/json-ld';
import { featuredArticle, siteOwner } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { homeGraph } from '@/lib/schema';
import { siteOrigin } from '@/lib/site-url';

const page = { title: `${site.name} · AI Systems Architect`, description: site.description };

export const metadata = pageMetadata({ ...page, path: '/' });

export default function HomePage() {
  const featured = featuredArticle();
  const owner = siteOwner();
  return (
    <div className="max-w-3xl">
      <p className="text-sm font-semibold tracking-wide text-accent">{owner.jobTitle}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{owner.name}</h1>
      <p className="mt-5 text-lg">{site.description}</p>
      <p className="mt-7">
        <a
          href={site.links.aiSystemsArchitecture}
          className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-on-accent hover:opacity-90"
        >
          Work with me
        </a>
      </p>

      {featured && (
        <section aria-labelledby="featured" className="mt-section">
          <h2 id="featured" className="mb-4 text-xl font-bold">
            Start here
          </h2>
          <ArticleCard article={featured} />
        </section>
      )}

      <section aria-labelledby="engagements" className="mt-section">
        <h2 id="engagements" className="text-xl font-bold">
          Ways to work together
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {site.engagements.map((e) => (
            <li key={e.name} className="rounded-lg border border-line p-5">
              <h3 className="font-semibold">{e.name}</h3>
              <p className="mt-2 text-sm text-muted">{e.summary}</p>
            </li>
          ))}
        </ul>
        <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a
              href={site.links.aiSystemsArchitecture}
              className="font-semibold text-accent underline underline-offset-2"
            >
              How an engagement works
            </a>
          </li>
          <li>
            <a href={site.links.nebuladesk} className="font-semibold text-accent underline underline-offset-2">
              NebulaDesk case study
            </a>
          </li>
        </ul>
      </section>
      <JsonLd data={homeGraph(siteOrigin(), owner, page)} />
    </div>
  );
}
