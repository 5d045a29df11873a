import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
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

/** The scopes the viewer may open, the chosen one, and its dashboard. */
export function useDashboard(state: DashboardState) {
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
  return {
    options,
    chosen,
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
