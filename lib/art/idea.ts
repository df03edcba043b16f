/**
 * An article's idea, as its cover draws it: one starting point passes through a few forces and
 * comes out as a few results (the pillar's diagram: a product requirement → latency, reliability,
 * cost, compliance → component map, orchestration graph, safety guardrails, observability plan).
 * The author writes it in article.mdx (`idea:`); without it the cover reads the article's own
 * outline, so no two articles draw the same picture.
 */
export interface Idea {
  from: string;
  through: string[];
  to: string[];
}

/**
 * How long the author's labels may be: what the narrowest cover (a 1200×630 card seen at a
 * fraction of its size) still shows whole, on at most two lines a box, at a size a reader can read.
 */
export const IDEA_LIMITS = { from: 32, label: 20, items: 4 } as const;

/** What the cover needs of an article to derive its idea when the author wrote none. */
interface Outline {
  idea?: Idea;
  tags: readonly string[];
  sections: readonly { topic: string; faq?: unknown }[];
}

/**
 * The idea the cover draws: the author's, else the article's outline: its first section's topic,
 * then the topics of the sections after it (the FAQ last), then its tags, split in two halves
 * (at most IDEA_LIMITS.items each). Labels repeat nowhere: a topic that is also a tag is drawn once.
 */
export function articleIdea({ idea, tags, sections }: Outline): Idea {
  if (idea) return { from: idea.from, through: [...idea.through], to: [...idea.to] };
  const topics = [...sections.filter((s) => !s.faq), ...sections.filter((s) => s.faq)].map((s) => s.topic);
  const seen = new Set<string>();
  const labels = [...topics, ...tags].filter((label) => {
    const key = label.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [from = '', ...rest] = labels;
  const kept = rest.slice(0, 2 * IDEA_LIMITS.items);
  const half = Math.ceil(kept.length / 2);
  return { from, through: kept.slice(0, half), to: kept.slice(half) };
}

/** The idea in one sentence, for a text alternative: "A → B, C → D, E". */
export function ideaSentence({ from, through, to }: Idea): string {
  return [from, through.join(', '), to.join(', ')].filter(Boolean).join(' → ');
}
