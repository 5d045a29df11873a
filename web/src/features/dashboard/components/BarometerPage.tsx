import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { Loading, PageHeading } from '../../../app/page';
import { useMe } from '../../../app/session/useMe';
import { describePeriod } from '../describe';
import { barometerFigures } from '../figures';
import { BarometerQuery, DashboardScopesQuery } from '../graphql/dashboard';
import { useDashboardState, useFormats } from '../useDashboard';
import { DashboardFilters } from './DashboardFilters';
import { DashboardNav } from './DashboardNav';
import { Figure } from './Figure';
import '../dashboard.css';

/** KS's Innovasjonsbarometer questions, answered from the organisation's own record. */
export default function BarometerPage() {
  const { t } = useTranslation();
  const me = useMe();
  const formats = useFormats();
  const { state, set, search } = useDashboardState();
  const period = { ...(state.from ? { from: state.from } : {}), ...(state.to ? { to: state.to } : {}) };
  // The barometer is the organisation's: for those whose scopes include the organisation.
  const scopes = useQuery(DashboardScopesQuery, { fetchPolicy: 'cache-first' });
  const mine = scopes.data?.dashboardScopes.some((o) => o.scope === 'ORGANISATION');
  const { data, previousData, loading, error } = useQuery(BarometerQuery, {
    variables: { filter: period },
    skip: !mine,
  });
  const barometer = (data ?? previousData)?.barometer;
  const figures = barometer ? barometerFigures(barometer, t, formats) : [];
  const periodActive = (state.from ? 1 : 0) + (state.to ? 1 : 0);

  return (
    <div className="lk-stack">
      <PageHeading title={t('dashboard.barometer.title')}>{t('dashboard.barometer.title')}</PageHeading>
      <DashboardNav search={search} barometer={mine !== false} />
      <section aria-labelledby="barometer-about" className="lk-stack">
        <Heading level={2} data-size="sm" id="barometer-about">
          {t('dashboard.barometer.aboutHeading')}
        </Heading>
        <Paragraph>{t('dashboard.barometer.about')}</Paragraph>
        <Paragraph data-size="sm" className="lk-muted">
          {t('dashboard.barometer.aboutCounted')}
        </Paragraph>
      </section>
      {mine && (
        <DashboardFilters
          state={state}
          chosen={null}
          options={null}
          active={periodActive}
          onChange={(next) => set({ from: next.from ?? state.from, to: next.to ?? state.to })}
          periodOnly
        />
      )}
      <Paragraph role="status" aria-live="polite">
        {barometer
          ? t('dashboard.barometer.showing', {
              organisation: me?.organisation.name ?? '',
              period: describePeriod(state, t),
            })
          : ''}
      </Paragraph>
      {scopes.error && <ActionError error={scopes.error} />}
      {mine === false && <Paragraph>{t('dashboard.barometer.notYours')}</Paragraph>}
      {error && <ActionError error={error} />}
      {(loading || scopes.loading) && !barometer && <Loading />}
      {barometer && (
        <div className="lk-dash-grid" aria-busy={loading}>
          {figures.map((f) => (
            <Figure key={f.id} figure={f} prefix={t('dashboard.barometer.filePrefix')} />
          ))}
        </div>
      )}
    </div>
  );
}
