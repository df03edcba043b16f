import type { ReactNode } from 'react';

/**
 * The card of every list of writing and work: a bordered box whose heading links to `href`, the
 * words under it (`children`), an optional `eyebrow` above the heading and an optional `aside`
 * beside the text (the lead card's cover).
 */
export function Card({
  href,
  title,
  as: Heading = 'h3',
  headingClassName = 'text-h3 leading-snug font-semibold',
  className = 'p-5',
  eyebrow,
  aside,
  children,
}: {
  href: string;
  title: string;
  as?: 'h2' | 'h3';
  headingClassName?: string;
  className?: string;
  eyebrow?: string;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <article className={`rounded-lg border border-line hover:border-accent ${className}`}>
      <div>
        {eyebrow && <p className="mb-2 text-sm font-semibold tracking-wide text-accent">{eyebrow}</p>}
        <Heading className={headingClassName}>
          <a href={href} className="hover:text-accent">
            {title}
          </a>
        </Heading>
        {children}
      </div>
      {aside}
    </article>
  );
}
