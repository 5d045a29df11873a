import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone: it scrolls inside this region, not the page
 * (WCAG 1.4.10), and the region is named and focusable so keyboard users can scroll it.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="lk-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
