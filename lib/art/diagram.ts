import type { Root } from 'mdast';
import { holdsComponent } from '@/lib/content/parse/markdown';

/**
 * The Definition section's diagram: a product requirement passes through four trade-offs and
 * comes out as four design outputs. The SVG and the Markdown twin both draw from this.
 */
export const architectureDiagram = {
  title: 'From product requirement to production design',
  input: 'Product requirement',
  tradeOffs: ['Latency', 'Reliability', 'Cost', 'Compliance'],
  outputs: ['Component map', 'Orchestration graph', 'Safety guardrails', 'Observability plan'],
} as const;

/** The diagram in one sentence: its caption and text alternative. */
export function diagramDescription(d: typeof architectureDiagram = architectureDiagram): string {
  const list = (items: readonly string[]) =>
    `${items.slice(0, -1).join(', ').toLowerCase()} and ${items.at(-1)!.toLowerCase()}`;
  return `A ${d.input.toLowerCase()} passes through four trade-offs (${list(d.tradeOffs)}) and comes out as a ${list(d.outputs)}.`;
}

/**
 * True when a section's tree draws the diagram (<ArchitectureDiagram />). An article that does
 * shows no drawn cover in its header: the same picture twice within a screen says nothing new
 * (the cover still serves its social cards and JSON-LD images).
 */
export const drawsDiagram = (sections: readonly { tree: Root }[]): boolean =>
  sections.some((s) => holdsComponent(s.tree, 'ArchitectureDiagram'));
