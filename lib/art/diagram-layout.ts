import { architectureDiagram } from './diagram';
import { fitText, sansCharWidth } from './fit-text';

/**
 * A character's width in the browser's system sans-serif, in em: sansCharWidth's estimate plus
 * 15%, which covers DejaVu Sans Bold (the widest common one; "Orchestration graph" is 11.45 em
 * there against an estimate of 10.2) and so every narrower system font.
 */
export const systemSansWidth = (ch: string) => sansCharWidth(ch) * 1.15;

const WIDTH = 360;
const MARGIN = 6;
const GAP = 8;
const CELL_H = 40;
/** Room kept clear between a label and its box's left and right edges. */
export const LABEL_PAD = 8;
const CELL_W = (WIDTH - 2 * MARGIN - GAP) / 2;
const INPUT = { w: 200, h: 44 };

export interface DiagramBox {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  /** The input and the outputs: accent colours and a heavier weight. */
  strong: boolean;
  fontSize: number;
}

/** The largest size, 14px down to 11px, at which every label fits a box `width` wide with LABEL_PAD each side. */
function labelSize(labels: readonly string[], width: number): number {
  const sizes = labels.map(
    (label) =>
      fitText(
        label,
        { width: width - 2 * LABEL_PAD, height: Infinity },
        {
          maxSize: 14,
          minSize: 11,
          lineHeight: 1,
          maxLines: 1,
          charWidth: systemSansWidth,
        },
      ).fontSize,
  );
  return Math.min(...sizes);
}

/**
 * Where the diagram's boxes go in its 360-wide viewBox, top to bottom: the requirement, a grid
 * of trade-offs, a grid of design outputs. Every box in a grid has one width and one font size,
 * the largest at which the longest label still fits with padding.
 */
export function diagramLayout(d: typeof architectureDiagram = architectureDiagram) {
  const col = (i: number) => (i % 2 === 0 ? MARGIN : WIDTH - MARGIN - CELL_W);
  const row = (top: number, i: number) => top + Math.floor(i / 2) * (CELL_H + 8);
  const cellSize = labelSize([...d.tradeOffs, ...d.outputs], CELL_W);
  const grid = (labels: readonly string[], top: number, strong: boolean): DiagramBox[] =>
    labels.map((label, i) => ({ x: col(i), y: row(top, i), w: CELL_W, h: CELL_H, label, strong, fontSize: cellSize }));
  const input: DiagramBox = {
    x: (WIDTH - INPUT.w) / 2,
    y: 8,
    ...INPUT,
    label: d.input,
    strong: true,
    fontSize: labelSize([d.input], INPUT.w),
  };
  return {
    width: WIDTH,
    height: 332,
    boxes: [input, ...grid(d.tradeOffs, 100, false), ...grid(d.outputs, 236, true)],
  };
}
