/** The visible trail the BreadcrumbList JSON-LD describes: Home › … › this page (not a link). */
export function Breadcrumb({ trail }: { trail: readonly { name: string; path: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((item, i) => (
          <li key={item.path} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === trail.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <a href={item.path} className="underline underline-offset-2 hover:text-accent">
                {item.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
