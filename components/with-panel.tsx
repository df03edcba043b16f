import type { ReactNode } from 'react';

/**
 * A page's main column with a side panel beside it from lg up (the offer and the call to action,
 * a listing's topics), after it on a phone, so a desktop's width is used on every page. A plain
 * div, not an <aside>: the panel sits inside <main>, and a complementary landmark may not.
 */
export function WithPanel({ children, panel }: { children: ReactNode; panel?: ReactNode }) {
  if (!panel) return <>{children}</>;
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
      <div className="min-w-0">{children}</div>
      <div className="mt-section lg:mt-0">
        <div className="space-y-6 lg:sticky lg:top-6">{panel}</div>
      </div>
    </div>
  );
}
