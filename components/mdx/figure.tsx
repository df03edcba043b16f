import type { ReactNode } from 'react';

/** <Figure src alt caption />: the loader's tree already holds the <picture> and the caption; this is their frame. */
export function Figure({ children }: { children?: ReactNode }) {
  return <figure>{children}</figure>;
}
