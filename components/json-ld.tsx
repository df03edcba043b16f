import { serializeJsonLd } from '@/lib/schema';

/** A JSON-LD script, serialized so author text can never break out of it. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
