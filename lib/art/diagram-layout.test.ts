import { describe, expect, it } from 'vitest';
import { diagramLayout, LABEL_PAD, systemSansWidth } from './diagram-layout';
import { textWidth } from './fit-text';

describe('diagramLayout', () => {
  const { width, boxes } = diagramLayout();

  it('sizes each box and label exactly', () => {
    expect(boxes.map((b) => [b.label, b.x, b.y, b.w, b.fontSize])).toEqual([
      ['Product requirement', 80, 8, 200, 14],
      ['Latency', 6, 100, 170, 13],
      ['Reliability', 184, 100, 170, 13],
      ['Cost', 6, 148, 170, 13],
      ['Compliance', 184, 148, 170, 13],
      ['Component map', 6, 236, 170, 13],
      ['Orchestration graph', 184, 236, 170, 13],
      ['Safety guardrails', 6, 284, 170, 13],
      ['Observability plan', 184, 284, 170, 13],
    ]);
  });

  it('fits every label inside its box with padding each side, and every box inside the viewBox', () => {
    for (const b of boxes) {
      expect(
        textWidth(b.label, b.fontSize, { charWidth: systemSansWidth }) + 2 * LABEL_PAD,
        b.label,
      ).toBeLessThanOrEqual(b.w);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width);
    }
  });

  it('shrinks the labels when a longer one would not fit', () => {
    const long = diagramLayout({
      title: 't',
      input: 'i',
      tradeOffs: ['Latency', 'Reliability', 'Cost', 'Compliance'],
      outputs: ['Component map', 'Orchestration graphs', 'Safety guardrails', 'Observability plan'],
    } as never);
    expect(long.boxes[1]!.fontSize).toBe(12);
  });

  it('counts DejaVu Sans Bold, the widest common system sans-serif: "Orchestration graph" at 11.45 em', () => {
    expect(textWidth('Orchestration graph', 1, { charWidth: systemSansWidth })).toBeGreaterThanOrEqual(11.45);
  });
});
