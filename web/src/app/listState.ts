import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Check,
  checkListFilter,
  EXPERIMENT_RESULTS_FOR_FILTER,
  INNOVATION_ACTIONS,
  SDGS,
  THEMES,
} from './listValues';
import type { ListScope } from '../gql/graphql';

/** The scope tabs, as they read in the address (`?omfang=…`). */
export const SCOPE_TABS = ['mine', 'enhet', 'organisasjon'] as const;
export type ScopeTab = (typeof SCOPE_TABS)[number];
export const SCOPE_OF: Record<ScopeTab, ListScope> = {
  mine: 'MINE',
  enhet: 'UNIT',
  organisasjon: 'ORGANISATION',
};

/** Sorts as they read in the address (`?sortering=…`), to the API's names. */
export const SORT_OF = { nyeste: 'NEWEST', eldste: 'OLDEST', 'mest-stottet': 'MOST_BACKED' } as const;
export type SortSlug = keyof typeof SORT_OF;

/** What a list's filter form can hold; each in the address under its Norwegian name. */
export interface ListFilterState {
  tab: ScopeTab;
  state: string;
  unitId: string;
  action: string;
  sdg: string;
  theme: string;
  result: string;
  title: string;
  sort: SortSlug;
}

const PARAM: Record<Exclude<keyof ListFilterState, 'tab' | 'sort'>, string> = {
  state: 'tilstand',
  unitId: 'enhet',
  action: 'handling',
  sdg: 'mal',
  theme: 'tema',
  result: 'resultat',
  title: 'tittel',
};
const KNOWN = ['omfang', 'sortering', ...Object.values(PARAM)];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ListOptions {
  /** The states the list offers (the API's enum values). */
  states: readonly string[];
  sorts: readonly SortSlug[];
  results: boolean;
  /** The tab when neither the address nor the memory names one. */
  fallback: ScopeTab;
  /** Where the list remembers its last scope and filters (per person). */
  rememberAs: string | null;
}

/** Reads a value the address gives, dropping what the list does not offer (an old or edited link). */
export function readListState(params: URLSearchParams, o: ListOptions): ListFilterState {
  const get = (k: string) => params.get(k) ?? '';
  const oneOf = (v: string, allowed: readonly (string | number)[]) =>
    allowed.map(String).includes(v) ? v : '';
  const tab = get('omfang');
  const sort = get('sortering');
  const sdg = oneOf(get(PARAM.sdg), SDGS);
  const title = get(PARAM.title);
  return {
    tab: (SCOPE_TABS as readonly string[]).includes(tab) ? (tab as ScopeTab) : o.fallback,
    state: oneOf(get(PARAM.state), o.states),
    unitId: UUID.test(get(PARAM.unitId)) ? get(PARAM.unitId) : '',
    action: oneOf(get(PARAM.action), INNOVATION_ACTIONS),
    sdg,
    theme: oneOf(get(PARAM.theme), THEMES),
    result: o.results ? oneOf(get(PARAM.result), EXPERIMENT_RESULTS_FOR_FILTER) : '',
    title: checkListFilter(new Check(), { title }).ok ? title : '',
    sort: (o.sorts as readonly string[]).includes(sort) ? (sort as SortSlug) : o.sorts[0],
  };
}

/** The address for a state: only what is set, the default sort left out. */
export function writeListState(s: ListFilterState, o: ListOptions): URLSearchParams {
  const out = new URLSearchParams({ omfang: s.tab });
  for (const [key, name] of Object.entries(PARAM)) {
    const v = s[key as keyof typeof PARAM].trim();
    if (v) out.set(name, v);
  }
  if (s.sort !== o.sorts[0]) out.set('sortering', s.sort);
  return out;
}

/** The browser's localStorage, typed without the DOM (this module is also tested in Node). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
const storage = (): KeyValueStore | null => {
  try {
    // Reading it throws where storage is blocked (some private modes): then nothing is remembered.
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null;
  } catch {
    return null;
  }
};

/**
 * A list's scope, filters and sort, kept in the address (so a link shows the same list) and
 * remembered per list and person: opening the list without any in the address brings back the last.
 */
export function useListState(o: ListOptions) {
  const [params, setParams] = useSearchParams();
  const hasOwn = [...params.keys()].some((k) => KNOWN.includes(k));
  const remembered = o.rememberAs ? storage()?.getItem(o.rememberAs) : null;
  const statesKey = o.states.join();
  const sortsKey = o.sorts.join();
  const state = useMemo(
    () => readListState(hasOwn || !remembered ? params : new URLSearchParams(remembered), o),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- o is rebuilt each render; its parts are what count
    [params, hasOwn, remembered, o.fallback, o.results, statesKey, sortsKey],
  );

  // Bring back what was remembered into the address, so it is shareable as shown.
  useEffect(() => {
    if (!hasOwn && remembered) setParams(writeListState(state, o), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per arrival without parameters
  }, [hasOwn, remembered]);

  const set = (next: Partial<ListFilterState>) => {
    const merged = { ...state, ...next };
    const query = writeListState(merged, o);
    if (o.rememberAs) storage()?.setItem(o.rememberAs, query.toString());
    setParams(query, { replace: true });
  };

  const active = (['state', 'unitId', 'action', 'sdg', 'theme', 'result', 'title'] as const).filter(
    (k) => state[k].trim() !== '',
  ).length;

  return { state, set, active, scope: SCOPE_OF[state.tab], sort: SORT_OF[state.sort] };
}

/** The API filter for the state (only what is set). */
export function toApiFilter(s: ListFilterState, results: boolean) {
  const title = s.title.trim();
  return {
    ...(s.state ? { states: [s.state] } : {}),
    ...(s.unitId ? { unitId: s.unitId } : {}),
    ...(s.action ? { action: s.action } : {}),
    ...(s.sdg ? { sdg: Number(s.sdg) } : {}),
    ...(s.theme ? { theme: s.theme } : {}),
    ...(results && s.result ? { result: s.result } : {}),
    ...(title ? { title } : {}),
  };
}
