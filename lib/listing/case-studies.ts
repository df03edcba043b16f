import type { CaseStudy } from '@/lib/content';
import { caseStudiesElsewhere, elsewhereUrl } from '@/lib/links';

/** A measured outcome: "50%" and what it measures. */
export interface Figure {
  value: string;
  label: string;
}

/** A case study as a card shows it, whether it is built here or served elsewhere. */
export interface CaseStudyCard {
  href: string;
  title: string;
  client?: string;
  description?: string;
  /** Its headline figure: the first of its figures, or the one its `elsewhere` entry gives. */
  figure?: Figure;
}

type Elsewhere = { path: string; name: string; client?: string; figure?: Figure };

/** Every case study a prospect can read: those built here (newest first), then those served elsewhere. */
export function caseStudyCards(
  studies: readonly Pick<CaseStudy, 'path' | 'headline' | 'client' | 'description' | 'figures'>[],
  elsewhere: readonly Elsewhere[] = caseStudiesElsewhere(),
): CaseStudyCard[] {
  return [
    ...studies.map((s) => ({
      href: s.path,
      title: s.headline,
      client: s.client,
      description: s.description,
      figure: s.figures[0],
    })),
    ...elsewhere.map((e) => ({
      href: elsewhereUrl(e.path, elsewhere),
      title: e.name,
      client: e.client,
      figure: e.figure,
    })),
  ];
}
