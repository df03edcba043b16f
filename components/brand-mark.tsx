/** The "MK" monogram, drawn by next/og for the PNG icons (app/icon.svg is the same mark). */
export function BrandMark({ size }: { size: number }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#0f6e66',
        color: '#ffffff',
        fontSize: Math.round(size * 0.44),
        fontWeight: 700,
      }}
    >
      MK
    </div>
  );
}
