import { isQuarterKey, PORTFOLIO_RESULTS } from '@laerekraft/shared';
import { INNOVATION_ACTIONS, THEMES } from '../../app/listValues';
import type { DashboardFilterInput, DashboardScope } from '../../gql/graphql';

/**
 * A dashboard's scope and filters as they read in the address, so a view can be shared and
 * survives a reload: `?omfang=enhet&id=…&fra=2026-Q1&til=2026-Q4&enhet=…&handling=DARE&tema=…&resultat=…`.
 * The filter names are the lists' (`enhet`, `handling`, `tema`, `resultat`).
 */
export const SCOPE_SLUG = {
  ORGANISATION: 'organisasjon',
  UNIT: 'enhet',
  NETWORK: 'nettverk',
  NATIONAL: 'norge',
} as const satisfies Record<DashboardScope, string>;

const SCOPE_OF_SLUG = Object.fromEntries(
  Object.entries(SCOPE_SLUG).map(([scope, slug]) => [slug, scope as DashboardScope]),
) as Record<string, DashboardScope>;

export interface DashboardState {
  scope: DashboardScope | null;
  scopeId: string;
  from: string;
  to: string;
  unitId: string;
  action: string;
  theme: string;
  result: string;
}

export type FilterKey = 'from' | 'to' | 'unitId' | 'action' | 'theme' | 'result';
export const FILTER_KEYS: readonly FilterKey[] = ['from', 'to', 'unitId', 'action', 'theme', 'result'];

const PARAM: Record<FilterKey | 'scopeId', string> = {
  scopeId: 'id',
  from: 'fra',
  to: 'til',
  unitId: 'enhet',
  action: 'handling',
  theme: 'tema',
  result: 'resultat',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address, dropping what the dashboards do not offer (an old or edited link). */
export function readDashboardState(params: URLSearchParams): DashboardState {
  const get = (k: string) => params.get(k) ?? '';
  const oneOf = (v: string, allowed: readonly string[]) => (allowed.includes(v) ? v : '');
  const uuid = (v: string) => (UUID.test(v) ? v : '');
  // The API takes years 2000–2100 (dashboard.service.ts); others would only give an error.
  const quarter = (v: string) => (isQuarterKey(v) && v >= '2000' && v < '2101' ? v : '');
  const scope = SCOPE_OF_SLUG[get('omfang')] ?? null;
  let from = quarter(get(PARAM.from));
  let to = quarter(get(PARAM.to));
  // A period the wrong way round reads as the same quarters the right way round.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    scope,
    scopeId: scope === 'UNIT' || scope === 'NETWORK' ? uuid(get(PARAM.scopeId)) : '',
    from,
    to,
    unitId: uuid(get(PARAM.unitId)),
    action: oneOf(get(PARAM.action), INNOVATION_ACTIONS),
    theme: oneOf(get(PARAM.theme), THEMES),
    result: oneOf(get(PARAM.result), PORTFOLIO_RESULTS),
  };
}

/** The address for a state: only what is set. */
export function writeDashboardState(s: DashboardState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.scope) out.set('omfang', SCOPE_SLUG[s.scope]);
  if (s.scopeId) out.set(PARAM.scopeId, s.scopeId);
  for (const key of FILTER_KEYS) if (s[key]) out.set(PARAM[key], s[key]);
  return out;
}

/** Whether the scope's dashboard can be narrowed to a unit (a network and Norway have none). */
export const hasUnits = (scope: DashboardScope | null) => scope === 'ORGANISATION' || scope === 'UNIT';

/** The API's filter for a state whose scope is known. */
export function toDashboardFilter(s: DashboardState & { scope: DashboardScope }): DashboardFilterInput {
  return {
    scope: s.scope,
    ...(s.scopeId ? { scopeId: s.scopeId } : {}),
    ...(s.from ? { from: s.from } : {}),
    ...(s.to ? { to: s.to } : {}),
    ...(s.unitId && hasUnits(s.scope) ? { unitId: s.unitId } : {}),
    ...(s.action ? { action: s.action as DashboardFilterInput['action'] } : {}),
    ...(s.theme ? { theme: s.theme as DashboardFilterInput['theme'] } : {}),
    ...(s.result ? { result: s.result as DashboardFilterInput['result'] } : {}),
  };
}

export interface ScopeOption {
  scope: DashboardScope;
  id: string | null;
  name: string;
}

/** The picker's value of an option: `UNIT:<id>`, `ORGANISATION`. */
export const optionValue = (o: { scope: DashboardScope; id: string | null }) =>
  o.id ? `${o.scope}:${o.id}` : o.scope;

/**
 * The option the state names, or the one to start on when it names none the viewer may open:
 * the organisation, else the first unit or network, else Norway.
 */
export function chooseScope(s: DashboardState, options: readonly ScopeOption[]): ScopeOption | null {
  const named = options.find((o) => o.scope === s.scope && (o.id ?? '') === s.scopeId);
  if (named) return named;
  const order: DashboardScope[] = ['ORGANISATION', 'UNIT', 'NETWORK', 'NATIONAL'];
  for (const scope of order) {
    const first = options.find((o) => o.scope === scope);
    if (first) return first;
  }
  return null;
}

/** Quarters to pick a period from: from five years back to the current quarter, newest first. */
export function quarterChoices(today: Date, years = 5): string[] {
  const out: string[] = [];
  const year = today.getFullYear();
  const q = Math.floor(today.getMonth() / 3) + 1;
  for (let y = year, n = q; y > year - years || (y === year - years && n >= q);) {
    out.push(`${y}-Q${n}`);
    n -= 1;
    if (n === 0) {
      n = 4;
      y -= 1;
    }
  }
  return out;
}
