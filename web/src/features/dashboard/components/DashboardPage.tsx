import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { Loading, PageHeading } from '../../../app/page';
import { describePeriod, describeScope } from '../describe';
import { dashboardFigures } from '../figures';
import { useDashboard, useDashboardState, useFormats } from '../useDashboard';
import { DashboardFilters } from './DashboardFilters';
import { DashboardNav } from './DashboardNav';
import { Figure } from './Figure';
import '../dashboard.css';

/** Portefølje: the portfolio of a unit, the organisation, a network or Norway, as figures with tables. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const formats = useFormats();
  const { state, set, active, search } = useDashboardState();
  const { options, chosen, redirected, acknowledge, data, loading, error } = useDashboard(state, set);
  const barometer = options.some((o) => o.scope === 'ORGANISATION');
  const unitQuery =
    chosen?.scope === 'UNIT' ? `&enhet=${chosen.id}` : state.unitId ? `&enhet=${state.unitId}` : '';
  const figures = data
    ? dashboardFigures(data, t, formats, `/forsok?omfang=organisasjon&tilstand=RUNNING${unitQuery}`)
    : [];

  return (
    <div className="lk-stack">
      <PageHeading title={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <DashboardNav search={search} barometer={barometer} />
      {error && <ActionError error={error} />}
      {redirected && chosen && (
        <Alert data-color="info" role="status">
          {t('dashboard.redirected', { scope: describeScope(chosen, t) })}
        </Alert>
      )}
      {chosen && (
        <DashboardFilters
          state={state}
          chosen={chosen}
          options={options}
          active={active}
          onChange={(next) => {
            acknowledge();
            set(next);
          }}
        />
      )}
      <Paragraph role="status" aria-live="polite" className="lk-dash-showing">
        {data && chosen
          ? t('dashboard.showing', { scope: describeScope(chosen, t), period: describePeriod(state, t) }) +
            (active > 0 ? ` ${t('dashboard.showingFilters', { count: active })}` : '')
          : ''}
      </Paragraph>
      {loading && !data && <Loading />}
      {!loading && !error && options.length === 0 && <Paragraph>{t('dashboard.noScopes')}</Paragraph>}
      {data && (
        <div className="lk-dash-grid" aria-busy={loading}>
          {figures.map((f) => (
            <Figure key={`${data.scope}-${f.id}`} figure={f} prefix={t('dashboard.filePrefix')} />
          ))}
        </div>
      )}
      {data && (data.scope === 'NETWORK' || data.scope === 'NATIONAL') && (
        <Paragraph data-size="sm" className="lk-muted">
          {t('dashboard.sharedOnly')}
        </Paragraph>
      )}
    </div>
  );
}
