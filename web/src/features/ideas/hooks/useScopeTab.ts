import { useSearchParams } from 'react-router-dom';
import type { ListScope } from '../../../gql/graphql';

/** The list scope lives in the address (`?omfang=mine|enhet|organisasjon`) so it survives reloads and links. */
export const SCOPE_TABS = ['mine', 'enhet', 'organisasjon'] as const;
export type ScopeTab = (typeof SCOPE_TABS)[number];

export const SCOPE_OF: Record<ScopeTab, ListScope> = {
  mine: 'MINE',
  enhet: 'UNIT',
  organisasjon: 'ORGANISATION',
};

const isScopeTab = (v: string | null): v is ScopeTab =>
  (SCOPE_TABS as readonly (string | null)[]).includes(v);

export function useScopeTab(fallback: ScopeTab = 'organisasjon') {
  const [params, setParams] = useSearchParams();
  const raw = params.get('omfang');
  const tab: ScopeTab = isScopeTab(raw) ? raw : fallback;
  const setTab = (value: string) => {
    if (isScopeTab(value)) setParams({ omfang: value }, { replace: true });
  };
  return { tab, scope: SCOPE_OF[tab], setTab };
}

/** How many rows a list asks for at a time. */
export const PAGE_SIZE = 20;
