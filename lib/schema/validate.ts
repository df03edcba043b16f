/**
 * The @id references in a JSON-LD graph that point at no node of the graph. A reference is an
 * object below a top-level node whose one key is @id (JSON-LD's node reference); a node is a
 * top-level entry with an @id. An object that carries properties beside its @id describes that
 * node where it stands (a breadcrumb's `item: { "@id": url, "name" }`), so it is not a reference.
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
    if (typeof id === 'string' && Object.keys(value).length === 1) referenced.push(id);
    Object.values(value).forEach(visit);
  };
  for (const node of graph['@graph']) {
    if (node && typeof node === 'object') Object.values(node).forEach(visit);
  }
  return [...new Set(referenced.filter((id) => !defined.has(id)))];
}
