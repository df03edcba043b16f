/**
 * The @id references in a JSON-LD graph that point at no node of the graph. A reference is any
 * object below a top-level node that carries an @id; a node is a top-level entry with an @id.
 */
export function danglingRefs(graph: { '@graph': readonly unknown[] }): string[] {
  const defined = new Set<string>();
  const referenced: string[] = [];
  for (const node of graph['@graph']) {
    const id = node && typeof node === 'object' ? (node as { '@id'?: unknown })['@id'] : undefined;
    if (typeof id === 'string') defined.add(id);
  }
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const id = (value as { '@id'?: unknown })['@id'];
    if (typeof id === 'string') referenced.push(id);
    Object.values(value).forEach(visit);
  };
  for (const node of graph['@graph']) {
    if (node && typeof node === 'object') Object.values(node).forEach(visit);
  }
  return [...new Set(referenced.filter((id) => !defined.has(id)))];
}
