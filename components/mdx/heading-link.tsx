import type { ReactNode } from 'react';

/** A heading's words as a link to the heading itself, so any section can be linked to. */
export function HeadingLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`#${id}`} className="heading-link">
      {children}
    </a>
  );
}
