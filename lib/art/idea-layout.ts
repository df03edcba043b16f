import { systemSansWidth } from './diagram-layout';
import { fitText, type CharWidth, type Kerning } from './fit-text';
import type { Idea } from './idea';

/** A labelled box of the drawing: x and y from the band's top-left corner, in the band's units. */
export interface IdeaBox {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  /** The label's lines at `fontSize`, each within the box less its padding. */
  lines: string[];
  /** The start and the results: drawn in the accent colour; what it passes through, plainer. */
  strong: boolean;
  /** True when the label did not fit and its last line ends in "…". */
  cut: boolean;
}

/** A straight, axis-aligned connector from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface IdeaLayout {
  width: number;
  height: number;
  /** One size for every label, so the columns read as one drawing. */
  fontSize: number;
  lineHeight: number;
  boxes: IdeaBox[];
  segments: Segment[];
  /** Arrowheads pointing right, their tip at (x, y), `size` long. */
  arrows: { x: number; y: number; size: number }[];
  /** True when a label had to be cut (never for labels the schema allows, on the sizes used). */
  cut: boolean;
}

export interface IdeaLayoutOptions {
  /** Largest and smallest label size; every label shares the largest size at which all fit. */
  maxFont: number;
  minFont: number;
  /** Line height as a multiple of the font size. Default 1.15. */
  lineHeight?: number;
  /** Lines a label may take in its box (one more for a box alone in its column). Default 2. */
  maxLines?: number;
  /** A character's width in em, and the kerning of pairs (lib/fit-text); default sansCharWidth, no kerning. */
  charWidth?: CharWidth;
  kern?: Kerning;
  /** Room between columns (where the connectors run) and between boxes of a column. */
  columnGap: number;
  rowGap: number;
  /** Room kept clear between a label and its box's edges. */
  padX: number;
  padY: number;
}

/**
 * The idea as a left-to-right drawing in a band `width` × `height`: the start, a column of what it
 * passes through, a column of what comes out, joined by connectors (a spine between columns, an
 * arrow into every box). Columns share the width; each column's boxes share its height and are
 * centred; every label is set at one size, the largest (maxFont down to minFont) at which each
 * fits its box in maxLines lines. An empty column is left out, the others taking its room.
 */
export function ideaLayout(size: { width: number; height: number }, idea: Idea, o: IdeaLayoutOptions): IdeaLayout {
  const lineHeight = o.lineHeight ?? 1.15;
  const maxLines = o.maxLines ?? 2;
  // The start is one box that may wrap; the stacked columns get more of the width, as their
  // boxes share the band's height and so have room for one line each when there are four.
  const columns = [
    { labels: [idea.from].filter(Boolean), strong: true, weight: 0.8 },
    { labels: idea.through, strong: false, weight: 1.1 },
    { labels: idea.to, strong: true, weight: 1.1 },
  ].filter((c) => c.labels.length > 0);
  const n = columns.length;
  const weights = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => ((size.width - (n - 1) * o.columnGap) * c.weight) / weights);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + o.columnGap, 0));
  // A box alone in its column (the start) may take a line more: it has the column's height to itself.
  const linesIn = (rows: number, stacked: number) => (rows === 1 ? maxLines + 1 : stacked);
  // The tallest a box may be: its lines at the largest size, or its share of the band.
  const cellH = (rows: number, lines: number) =>
    Math.min(lines * o.maxFont * lineHeight + 2 * o.padY, (size.height - (rows - 1) * o.rowGap) / rows);
  const fit = (label: string, col: number, max: number, min: number, stacked: number) => {
    const rows = columns[col]!.labels.length;
    const lines = linesIn(rows, stacked);
    return fitText(
      label,
      { width: widths[col]! - 2 * o.padX, height: cellH(rows, lines) - 2 * o.padY },
      { maxSize: max, minSize: min, lineHeight, maxLines: lines, charWidth: o.charWidth, kern: o.kern },
    );
  };
  const sizeFor = (stacked: number) => {
    const fits = columns.flatMap((c, i) => c.labels.map((label) => fit(label, i, o.maxFont, o.minFont, stacked)));
    return { fontSize: Math.min(...fits.map((f) => f.fontSize)), cut: fits.some((f) => f.cut) };
  };
  // One line a box in the stacked columns reads best; a second line only when one does not fit.
  const oneLine = sizeFor(1);
  const stacked = oneLine.cut ? maxLines : 1;
  const { fontSize } = oneLine.cut ? sizeFor(maxLines) : oneLine;

  const fitted = columns.map((c, i) => c.labels.map((label) => fit(label, i, fontSize, fontSize, stacked)));
  const cut = fitted.flat().some((f) => f.cut);
  const heightOf = (i: number) => {
    const rows = columns[i]!.labels.length;
    // The stacked columns share one box height, so their rows line up.
    const group = rows === 1 ? [i] : columns.flatMap((c, j) => (c.labels.length > 1 ? [j] : []));
    const lines = Math.max(...group.flatMap((j) => fitted[j]!.map((f) => f.lines.length)));
    return round(Math.min(cellH(rows, linesIn(rows, stacked)), lines * fontSize * lineHeight + 2 * o.padY));
  };
  const boxes: IdeaBox[][] = columns.map((c, i) => {
    const h = heightOf(i);
    const total = c.labels.length * h + (c.labels.length - 1) * o.rowGap;
    const top = (size.height - total) / 2;
    return c.labels.map((label, r) => ({
      x: round(lefts[i]!),
      y: round(top + r * (h + o.rowGap)),
      w: round(widths[i]!),
      h,
      label,
      lines: fitted[i]![r]!.lines,
      cut: fitted[i]![r]!.cut,
      strong: c.strong,
    }));
  });

  const segments: Segment[] = [];
  const arrows: IdeaLayout['arrows'] = [];
  const arrow = Math.max(4, round(o.columnGap * 0.22));
  const mid = (b: IdeaBox) => round(b.y + b.h / 2);
  for (let i = 1; i < boxes.length; i++) {
    const left = boxes[i - 1]!;
    const right = boxes[i]!;
    const spine = round(left[0]!.x + left[0]!.w + o.columnGap / 2);
    const ys = [...left, ...right].map(mid);
    for (const b of left) segments.push({ x1: b.x + b.w, y1: mid(b), x2: spine, y2: mid(b) });
    if (Math.max(...ys) > Math.min(...ys))
      segments.push({ x1: spine, y1: Math.min(...ys), x2: spine, y2: Math.max(...ys) });
    for (const b of right) {
      segments.push({ x1: spine, y1: mid(b), x2: b.x - arrow, y2: mid(b) });
      arrows.push({ x: b.x, y: mid(b), size: arrow });
    }
  }
  return { width: size.width, height: size.height, fontSize, lineHeight, boxes: boxes.flat(), segments, arrows, cut };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The cover on the article's page (components/article/cover-visual.tsx): a 600-wide viewBox in
 * the browser's system font, so its labels are 15 to 11 px at the width the page draws it.
 */
export const PAGE_COVER = {
  size: { width: 600, height: 176 },
  options: {
    maxFont: 15,
    minFont: 11,
    charWidth: systemSansWidth,
    columnGap: 40,
    rowGap: 8,
    padX: 10,
    padY: 7,
  },
} as const satisfies { size: { width: number; height: number }; options: IdeaLayoutOptions };
