import { architectureDiagram as d, diagramDescription } from '@/lib/art/diagram';
import { diagramLayout, type DiagramBox } from '@/lib/art/diagram-layout';

/**
 * The requirement-to-design diagram as inline SVG, top to bottom so it reads on a phone, in the
 * page's colours (light and dark). The caption says the same in words. lib/art/diagram-layout sizes
 * the boxes and labels so every label fits its box with room to spare.
 */
export function ArchitectureDiagram() {
  const description = diagramDescription();
  const { width: W, height, boxes } = diagramLayout();
  return (
    // Its words are the site's (lib/art/diagram.ts), in English and drawn left to right, on a
    // translation's page too: the figure says so, so a right-to-left page neither mirrors its
    // labels off the drawing nor reads them in another language's voice.
    <figure lang="en" dir="ltr" className="not-prose mx-auto my-8 max-w-md">
      <svg
        viewBox={`0 0 ${W} ${height}`}
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
        <Label y={92}>Trade-offs</Label>
        <Label y={228}>Design outputs</Label>
        {/* What every box shares, said once: the outline's width, the label centred in ink. */}
        <g fill="var(--ink)" strokeWidth="1.5" textAnchor="middle" dominantBaseline="central">
          {boxes.map((box) => (
            <Box key={box.label} {...box} />
          ))}
        </g>
      </svg>
      <figcaption className="mt-3 text-sm text-muted">{description}</figcaption>
    </figure>
  );
}

function Label({ y, children }: { y: number; children: string }) {
  return (
    <text x={6} y={y} fontSize="12" fontWeight="600" letterSpacing="1" fill="var(--muted)">
      {children.toUpperCase()}
    </text>
  );
}

function Box({ x, y, w, h, label, strong, fontSize }: DiagramBox) {
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
      />
      <text x={x + w / 2} y={y + h / 2} fontSize={fontSize} fontWeight={strong ? 600 : undefined}>
        {label}
      </text>
    </g>
  );
}
