import { ideaSentence, type Idea } from '@/lib/art/idea';
import { ideaLayout, PAGE_COVER } from '@/lib/art/idea-layout';

/** The drawing's viewBox: wide and low, so it stays a band under the byline. */
const SIZE = PAGE_COVER.size;
/** Room around it for the boxes' strokes. */
const EDGE = 2;

/**
 * The article's cover on its page: its idea (lib/art/idea.ts) drawn left to right as inline SVG in
 * the page's colours, light and dark, the same drawing as its PNG covers. Labels are sized by
 * lib/art/idea-layout for the browser's system font, so none overflows its box. Shown from the sm
 * breakpoint up: on a phone a drawing this wide would be too small to read, and would push the
 * article's first words below the first screen (tests/e2e/cover.spec.ts).
 */
export function CoverVisual({
  idea,
  className = 'mt-8 hidden sm:block',
}: {
  idea: Idea;
  /** Where it sits and from which width it shows: by default under the byline, from sm up. */
  className?: string;
}) {
  const layout = ideaLayout(SIZE, idea, PAGE_COVER.options);
  const line = layout.fontSize * layout.lineHeight;
  // Cropped to what is drawn: an idea of one or two rows makes a low band, not an empty box.
  const top = Math.min(...layout.boxes.map((b) => b.y)) - EDGE;
  const height = Math.max(...layout.boxes.map((b) => b.y + b.h)) + EDGE - top;
  return (
    <svg
      viewBox={`${-EDGE} ${top} ${SIZE.width + 2 * EDGE} ${height}`}
      role="img"
      aria-label={ideaSentence(idea)}
      className={`cover-visual h-auto w-full rounded-xl bg-raised p-4 lg:p-6 ${className}`}
    >
      <g stroke="var(--muted)" strokeWidth="1.5" fill="none">
        {layout.segments.map((s, i) => (
          <line key={i} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
        ))}
      </g>
      <g fill="var(--muted)">
        {layout.arrows.map((a, i) => (
          <path key={i} d={`M${a.x - a.size} ${a.y - a.size / 2}L${a.x} ${a.y}L${a.x - a.size} ${a.y + a.size / 2}z`} />
        ))}
      </g>
      {layout.boxes.map((b) => (
        <g key={`${b.x}-${b.y}`}>
          <rect
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            rx="8"
            fill={b.strong ? 'var(--accent-soft)' : 'var(--paper)'}
            stroke={b.strong ? 'var(--accent)' : 'var(--line)'}
            strokeWidth="1.5"
          />
          <text
            x={b.x + b.w / 2}
            y={b.y + b.h / 2 - ((b.lines.length - 1) * line) / 2}
            dominantBaseline="central"
            textAnchor="middle"
            fontSize={layout.fontSize}
            fontWeight={b.strong ? 600 : 400}
            fill="var(--ink)"
          >
            {b.lines.map((text, i) => (
              <tspan key={i} x={b.x + b.w / 2} dy={i === 0 ? 0 : line}>
                {text}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
