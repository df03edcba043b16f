import { workHistory as siteWorkHistory, years, type Role } from '@/lib/trust';

/** The author's work history (content/site.ts `workHistory`): role, organisation, years. Nothing when there is none. */
export function WorkHistory({ roles = siteWorkHistory() }: { roles?: readonly Role[] }) {
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="work-history" className="mt-section">
      <h2 id="work-history" className="text-h2 font-bold tracking-tight">
        Work history
      </h2>
      <ol className="mt-6 border-b border-line">
        {roles.map((r) => (
          <li
            key={`${r.role} ${r.organisation} ${r.start}`}
            className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 border-t border-line py-4"
          >
            <span>
              <span className="block font-semibold">{r.role}</span>
              <span className="block text-muted">{r.organisation}</span>
            </span>
            <span className="text-sm text-muted">{years(r)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
