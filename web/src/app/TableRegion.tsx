import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';

/**
 * A table that may be wider than a phone: it scrolls inside this region, not the page
 * (WCAG 1.4.10), and the region is named and focusable so keyboard users can scroll it.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  // Its own name, never the same as the section around it (axe: landmark-unique).
  return (
    <div
      className="lk-table-wrap"
      role="region"
      aria-label={t('app.tableRegion', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
