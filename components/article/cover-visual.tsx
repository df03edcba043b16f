/** The article's cover: a small decorative network (requirement → trade-offs → design), drawn inline. */
export function CoverVisual() {
  const nodes: [number, number][] = [
    [40, 60],
    [170, 22],
    [170, 60],
    [170, 98],
    [300, 36],
    [300, 84],
    [420, 60],
  ];
  const edges: [number, number][] = [
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 4],
    [2, 4],
    [2, 5],
    [3, 5],
    [4, 6],
    [5, 6],
  ];
  return (
    <svg
      viewBox="0 0 460 120"
      aria-hidden="true"
      focusable="false"
      className="mt-8 h-auto w-full rounded-xl bg-accent-soft"
    >
      <g stroke="var(--accent)" strokeOpacity="0.45" strokeWidth="1.5">
        {edges.map(([a, b]) => (
          <line key={`${a}-${b}`} x1={nodes[a]![0]} y1={nodes[a]![1]} x2={nodes[b]![0]} y2={nodes[b]![1]} />
        ))}
      </g>
      <g fill="var(--paper)" stroke="var(--accent)" strokeWidth="2">
        {nodes.map(([x, y], i) => (
          <circle key={i} cx={x} cy={y} r={i === 0 || i === nodes.length - 1 ? 11 : 7} />
        ))}
      </g>
    </svg>
  );
}
