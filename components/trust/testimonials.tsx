import { testimonials as siteTestimonials, type ShownTestimonial } from '@/lib/trust';
import { Picture } from './picture';

/**
 * What clients said (content/site.ts `testimonials`), each a quote card: the words in a
 * blockquote, who said them in the caption. Nothing at all, not even the heading, when there are none.
 */
export function Testimonials({ testimonials = siteTestimonials() }: { testimonials?: readonly ShownTestimonial[] }) {
  if (testimonials.length === 0) return null;
  return (
    <section aria-labelledby="testimonials" className="mt-section">
      <h2 id="testimonials" className="text-h2 font-bold tracking-tight">
        What clients say
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {testimonials.map((t) => (
          // The card is the list item: grid items stretch, so the cards of a row share one height.
          <li key={`${t.name} ${t.quote}`} className="rounded-xl border border-line bg-raised p-6">
            <figure>
              <blockquote className="text-lg">
                <p>{t.quote}</p>
              </blockquote>
              <figcaption className="mt-5 flex items-center gap-3 text-sm">
                {/* Decorative beside the name that follows it: the caption already says who. */}
                {t.photo && (
                  <Picture media={t.photo} alt="" sizes="3rem" className="size-12 rounded-full object-cover" />
                )}
                <span>
                  <span className="block font-semibold">
                    {t.link ? (
                      <a
                        href={t.link}
                        className="inline-flex min-h-6 items-center underline underline-offset-2 hover:text-accent"
                      >
                        {t.name}
                      </a>
                    ) : (
                      t.name
                    )}
                  </span>
                  <span className="block text-muted">
                    {t.role}, {t.company}
                  </span>
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
