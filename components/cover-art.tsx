import type { Author } from '@/lib/content';

interface Props {
  headline: string;
  author: Pick<Author, 'name' | 'jobTitle'>;
  size: { width: number; height: number };
}

/** The cover drawn by next/og (Satori: flexbox and inline styles only). */
export function CoverArt({ headline, author, size }: Props) {
  const pad = Math.round(size.width * 0.07);
  const fontSize = Math.round(Math.min(size.width / 18, size.height / 7.5));
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: pad,
        background: 'linear-gradient(135deg, #0b1f33 0%, #123a5a 60%, #0f766e 100%)',
        color: '#f8fafc',
      }}
    >
      <div style={{ display: 'flex', fontSize: Math.round(fontSize * 0.42), letterSpacing: 4, color: '#99f6e4' }}>
        AI SYSTEMS ARCHITECTURE
      </div>
      <div style={{ display: 'flex', fontSize, fontWeight: 700, lineHeight: 1.15 }}>{headline}</div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: Math.round(fontSize * 0.5) }}>
        <span style={{ fontWeight: 700 }}>{author.name}</span>
        <span style={{ color: '#cbd5e1' }}>{author.jobTitle}</span>
      </div>
    </div>
  );
}
