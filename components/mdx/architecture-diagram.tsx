import { architectureDiagram as d, diagramDescription } from '@/lib/diagram';

const W = 360;
const CELL_W = 164;
const CELL_H = 40;
const col = (i: number) => (i % 2 === 0 ? 8 : W - 8 - CELL_W);
const row = (top: number, i: number) => top + Math.floor(i / 2) * (CELL_H + 8);

/**
 * The requirement-to-design diagram as inline SVG, top to bottom so it reads on a phone, in the
 * page's colours (light and dark). The caption says the same in words.
 */
export function ArchitectureDiagram() {
  const description = diagramDescription();
  return (
    <figure className="not-prose mx-auto my-8 max-w-md">
      <svg
        viewBox={`0 0 ${W} 332`}
        role="img"
        aria-labelledby="diagram-title"
        aria-describedby="diagram-desc"
        className="h-auto w-full"
      >
        <title id="diagram-title">{d.title}</title>
        <desc id="diagram-desc">{description}</desc>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="8" markerHeight="8" orient="auto">
            <path d="M0 0L10 5L0 10z" fill="var(--muted)" />
          </marker>
        </defs>
        <g stroke="var(--muted)" strokeWidth="1.5" markerEnd="url(#arrow)">
          <line x1={W / 2} y1={52} x2={W / 2} y2={74} />
          <line x1={W / 2} y1={190} x2={W / 2} y2={212} />
        </g>
        <Box x={(W - 200) / 2} y={8} w={200} h={44} label={d.input} strong />
        <Label y={92}>Trade-offs</Label>
        {d.tradeOffs.map((t, i) => (
          <Box key={t} x={col(i)} y={row(100, i)} w={CELL_W} label={t} />
        ))}
        <Label y={228}>Design outputs</Label>
        {d.outputs.map((o, i) => (
          <Box key={o} x={col(i)} y={row(236, i)} w={CELL_W} label={o} strong />
        ))}
      </svg>
      <figcaption className="mt-3 text-sm text-muted">{description}</figcaption>
    </figure>
  );
}

function Label({ y, children }: { y: number; children: string }) {
  return (
    <text x={8} y={y} fontSize="12" fontWeight="600" letterSpacing="1" fill="var(--muted)">
      {children.toUpperCase()}
    </text>
  );
}

interface BoxProps {
  x: number;
  y: number;
  w: number;
  h?: number;
  label: string;
  strong?: boolean;
}

function Box({ x, y, w, h = CELL_H, label, strong }: BoxProps) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx="8"
        fill={strong ? 'var(--accent-soft)' : 'var(--raised)'}
        stroke={strong ? 'var(--accent)' : 'var(--line)'}
        strokeWidth="1.5"
      />
      <text
        x={x + w / 2}
        y={y + h / 2}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize="14"
        fontWeight={strong ? 600 : 400}
        fill="var(--ink)"
      >
        {label}
      </text>
    </g>
  );
}
