import type { Translate } from './figures';
import type { DashboardState, ScopeOption } from './state';

/** The period in words: "2026-Q1–2026-Q4", "from 2026-Q1", "all time". */
export function describePeriod(s: Pick<DashboardState, 'from' | 'to'>, t: Translate): string {
  if (s.from && s.to) return s.from === s.to ? s.from : `${s.from}–${s.to}`;
  if (s.from) return t('dashboard.period.from', { from: s.from });
  if (s.to) return t('dashboard.period.to', { to: s.to });
  return t('dashboard.period.all');
}

/** The active filters as "label: value" pairs, in the order of the form. */
export function describeFilters(
  s: DashboardState,
  t: Translate,
  unitName: (id: string) => string | undefined,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (s.unitId)
    out.push([t('dashboard.filters.unit'), unitName(s.unitId) ?? t('dashboard.filters.unknownUnit')]);
  if (s.action) out.push([t('dashboard.filters.action'), t(`actions.${s.action}`)]);
  if (s.theme) out.push([t('dashboard.filters.theme'), t(`themes.${s.theme}`)]);
  if (s.result) out.push([t('dashboard.filters.result'), t(`result.${s.result}`)]);
  return out;
}

/** The scope in words: "Bodø kommune", "Enhet: Helse", "Nettverk: …", "Norge (offentlige lærdommer)". */
export const describeScope = (o: ScopeOption, t: Translate) =>
  t(`dashboard.scope.${o.scope}`, { name: o.name });
