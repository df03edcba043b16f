import type { Metadata } from 'next';
import { site } from '@/content/site';

export const metadata: Metadata = {
  title: { absolute: `Page not found · ${site.name}` },
  description: 'This page does not exist. Find the writing on AI systems architecture or get in touch.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg">This address does not lead anywhere on this site. Perhaps one of these:</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <a href="/" className="underline">
            Home
          </a>
        </li>
        <li>
          <a href="/blog" className="underline">
            All writing
          </a>
        </li>
        <li>
          <a href={site.links.aiSystemsArchitecture} className="underline">
            Work with me
          </a>
        </li>
      </ul>
    </div>
  );
}
