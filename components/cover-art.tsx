import type { CSSProperties } from 'react';
import type { Author } from '@/lib/content';
import { coverLayout, type PlacedText } from '@/lib/cover-layout';

interface Props {
  headline: string;
  author: Pick<Author, 'name' | 'jobTitle'>;
  size: { width: number; height: number };
}

/**
 * The cover drawn by next/og (Satori: flexbox and inline styles only). Satori never shrinks
 * text, so lib/cover-layout chooses every size and line break and this draws them where it says:
 * a long headline shrinks and wraps above the author block, never over it.
 */
export function CoverArt({ headline, author, size }: Props) {
  const layout = coverLayout(size, { headline, name: author.name, jobTitle: author.jobTitle });
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
