import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../i18n/useTranslation';
import { asLocale, INTL_LOCALE } from '../../i18n';
import { useFormat } from '../../app/format';
import { DashboardQuery, DashboardScopesQuery } from './graphql/dashboard';
import type { Formats } from './figures';
import {
  chooseScope,
  FILTER_KEYS,
  readDashboardState,
  toDashboardFilter,
  writeDashboardState,
  type DashboardState,
} from './state';

/** The dashboard's state from the address, and a setter that writes it back there. */
export function useDashboardState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readDashboardState(params), [params]);
  const set = (next: Partial<DashboardState>) =>
    setParams(writeDashboardState({ ...state, ...next }), { replace: true });
  const active = FILTER_KEYS.filter((k) => state[k] !== '').length;
  return { state, set, active, search: params.toString() };
}

/**
 * The scopes the viewer may open, the chosen one, and its dashboard. The chosen scope is written
 * into the address when it names none (or one the viewer may not open), so a shared link shows
 * the same portfolio to someone whose own default would differ. When the address named a
 * scope the viewer may not open, `redirected` says so until they choose another scope
 * (`acknowledge`), so the page can tell them what they see instead.
 */
export function useDashboard(state: DashboardState, set: (next: Partial<DashboardState>) => void) {
  const scopes = useQuery(DashboardScopesQuery, { fetchPolicy: 'cache-first' });
  const options = useMemo(() => scopes.data?.dashboardScopes ?? [], [scopes.data]);
  const chosen = scopes.data ? chooseScope(state, options) : null;
  const filter = chosen
    ? toDashboardFilter({ ...state, scope: chosen.scope, scopeId: chosen.id ?? '' })
    : null;
  const dashboard = useQuery(DashboardQuery, {
    variables: { filter: filter! },
    skip: !filter,
  });
  const named = chosen && state.scope === chosen.scope && state.scopeId === (chosen.id ?? '');
  const [redirected, setRedirected] = useState(false);
  // Noted while rendering, before the effect below rewrites the address (React's pattern for
  // state that follows a change of props: https://react.dev/reference/react/useState).
  if (chosen && !named && state.scope && !redirected) setRedirected(true);
  useEffect(() => {
    if (!chosen || named) return;
    set({ scope: chosen.scope, scopeId: chosen.id ?? '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once the scope is known or changes
  }, [chosen?.scope, chosen?.id, named]);
  return {
    options,
    chosen,
    redirected,
    acknowledge: () => setRedirected(false),
    data: dashboard.data?.dashboard ?? dashboard.previousData?.dashboard,
    loading: scopes.loading || dashboard.loading,
    error: scopes.error ?? dashboard.error,
  };
}

/** Numbers, money and shares in the person's language. */
export function useFormats(): Formats {
  const format = useFormat();
  const { i18n } = useTranslation();
  const tag = INTL_LOCALE[asLocale(i18n.language)];
  return useMemo(() => {
    const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
    return {
      number: format.number,
      nok: format.nok,
      percent: (part: number, whole: number) => (whole > 0 ? pct.format(part / whole) : '–'),
    };
  }, [format, tag]);
}
