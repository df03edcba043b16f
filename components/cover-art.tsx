import type { CSSProperties } from 'react';
import type { Author } from '@/lib/content';
import { coverLayout, type PlacedText } from '@/lib/cover-layout';
import type { Idea } from '@/lib/idea';
import type { IdeaLayout } from '@/lib/idea-layout';

interface Props {
  headline: string;
  author: Pick<Author, 'name' | 'jobTitle'>;
  /** What the article is about, drawn under the headline (lib/idea.ts). */
  idea: Idea;
  size: { width: number; height: number };
}

const COLOURS = {
  strong: { fill: 'rgba(94, 234, 212, 0.16)', border: '#5eead4' },
  plain: { fill: 'rgba(248, 250, 252, 0.07)', border: 'rgba(203, 213, 225, 0.45)' },
  connector: '#94a3b8',
};

/**
 * The cover drawn by next/og (Satori: flexbox and inline styles only). Satori never shrinks
 * text, so lib/cover-layout chooses every size and line break and this draws them where it says:
 * a long headline shrinks and wraps above the drawing of the article's idea, never over it.
 */
export function CoverArt({ headline, author, idea, size }: Props) {
  const layout = coverLayout(size, { headline, name: author.name, jobTitle: author.jobTitle, idea });
  const { pad, width } = layout;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        position: 'relative',
        background: 'linear-gradient(135deg, #0b1f33 0%, #123a5a 60%, #0f766e 100%)',
        color: '#f8fafc',
      }}
    >
      <Lines
        text={layout.kicker}
        pad={pad}
        width={width}
        style={{ letterSpacing: layout.kicker.letterSpacing, color: '#99f6e4' }}
      />
      <Lines text={layout.headline} pad={pad} width={width} style={{ fontWeight: 700 }} />
      <Drawing idea={layout.idea} left={pad} />
      <Lines text={layout.name} pad={pad} width={width} style={{ fontWeight: 700 }} />
      <Lines text={layout.jobTitle} pad={pad} width={width} style={{ color: '#cbd5e1' }} />
    </div>
  );
}

/** One block of the layout: its lines, one box each, exactly where the layout put them. */
function Lines({ text, pad, width, style }: { text: PlacedText; pad: number; width: number; style?: CSSProperties }) {
  const lineHeight = Math.round(text.fontSize * text.lineHeight * 100) / 100;
  return (
    <div
      style={{
        position: 'absolute',
        left: pad,
        top: text.top,
        width,
        height: text.height,
        display: 'flex',
        flexDirection: 'column',
        overflow: 'hidden',
        fontSize: text.fontSize,
        ...style,
      }}
    >
      {text.lines.map((line, i) => (
        <div
          key={i}
          style={{ display: 'flex', height: lineHeight, lineHeight: `${lineHeight}px`, whiteSpace: 'nowrap' }}
        >
          {line}
        </div>
      ))}
    </div>
  );
}

/** The idea: boxes with their labels, connectors and arrowheads, where lib/idea-layout put them. */
function Drawing({ idea, left }: { idea: IdeaLayout & { top: number }; left: number }) {
  const stroke = Math.max(2, Math.round(idea.fontSize / 10));
  const lineHeight = Math.round(idea.fontSize * idea.lineHeight * 100) / 100;
  return (
    <div style={{ position: 'absolute', left, top: idea.top, width: idea.width, height: idea.height, display: 'flex' }}>
      {idea.segments.map((s, i) => (
        <div
          key={`s${i}`}
          style={{
            position: 'absolute',
            left: Math.min(s.x1, s.x2) - (s.x1 === s.x2 ? stroke / 2 : 0),
            top: Math.min(s.y1, s.y2) - (s.y1 === s.y2 ? stroke / 2 : 0),
            width: Math.max(stroke, Math.abs(s.x2 - s.x1)),
            height: Math.max(stroke, Math.abs(s.y2 - s.y1)),
            background: COLOURS.connector,
          }}
        />
      ))}
      {idea.arrows.map((a, i) => (
        <svg
          key={`a${i}`}
          width={a.size}
          height={a.size}
          viewBox="0 0 10 10"
          style={{ position: 'absolute', left: a.x - a.size, top: a.y - a.size / 2 }}
        >
          <path d="M0 0L10 5L0 10z" fill={COLOURS.connector} />
        </svg>
      ))}
      {idea.boxes.map((b, i) => {
        const colours = b.strong ? COLOURS.strong : COLOURS.plain;
        return (
          <div
            key={`b${i}`}
            style={{
              position: 'absolute',
              left: b.x,
              top: b.y,
              width: b.w,
              height: b.h,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              borderRadius: Math.round(idea.fontSize * 0.4),
              border: `${stroke}px solid ${colours.border}`,
              background: colours.fill,
              fontSize: idea.fontSize,
              fontWeight: b.strong ? 700 : 400,
            }}
          >
            {b.lines.map((line, j) => (
              <div
                key={j}
                style={{ display: 'flex', height: lineHeight, lineHeight: `${lineHeight}px`, whiteSpace: 'nowrap' }}
              >
                {line}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
