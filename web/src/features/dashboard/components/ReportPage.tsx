import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { Loading, PageHeading } from '../../../app/page';
import { UnitsQuery } from '../../../ui/useUnitTree';
import { describeFilters, describePeriod, describeScope } from '../describe';
import { dashboardFigures } from '../figures';
import { hasUnits } from '../state';
import { useDashboard, useDashboardState, useFormats } from '../useDashboard';
import { DashboardNav } from './DashboardNav';
import { FigureTable } from './Figure';
import '../dashboard.css';

/**
 * The portfolio as a report for leadership and elected officials: what it covers, then each
 * figure as its table with a one-line summary, one section to a page when printed.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const formats = useFormats();
  const { state, set, search } = useDashboardState();
  const { options, chosen, data, loading, error } = useDashboard(state, set);
  const barometer = options.some((o) => o.scope === 'ORGANISATION');
  const units = useQuery(UnitsQuery, {
    variables: { includeArchived: false },
    fetchPolicy: 'cache-first',
    skip: !state.unitId || !hasUnits(chosen?.scope ?? null),
  });
  const unitName = (id: string) => units.data?.units.find((u) => u.id === id)?.name;
  const filters = describeFilters(state, t, unitName);
  const figures = data ? dashboardFigures(data, t, formats, '/forsok') : [];
  const title = t('dashboard.report.title');

  return (
    <div className="lk-stack lk-dash-report">
      <PageHeading title={title}>
        {title}
        {chosen && `: ${describeScope(chosen, t)}`}
      </PageHeading>
      <DashboardNav search={search} barometer={barometer} />
      {error && <ActionError error={error} />}
      {loading && !data && <Loading />}
      {data && chosen && (
        <>
          <section aria-labelledby="report-about" className="lk-dash-report__about">
            <Heading level={2} data-size="sm" id="report-about">
              {t('dashboard.report.about')}
            </Heading>
            <dl className="lk-dash-report__facts">
              <dt>{t('dashboard.report.scope')}</dt>
              <dd>{describeScope(chosen, t)}</dd>
              <dt>{t('dashboard.report.period')}</dt>
              <dd>{describePeriod(state, t)}</dd>
              <dt>{t('dashboard.report.filters')}</dt>
              <dd>
                {filters.length === 0
                  ? t('dashboard.report.noFilters')
                  : filters.map(([k, v]) => `${k}: ${v}`).join('; ')}
              </dd>
              <dt>{t('dashboard.report.made')}</dt>
              <dd>{format.date(new Date().toISOString())}</dd>
            </dl>
            <Paragraph data-size="sm">{t('dashboard.report.howCounted')}</Paragraph>
            <div className="lk-actions lk-no-print">
              <Button type="button" onClick={() => window.print()}>
                {t('dashboard.report.print')}
              </Button>
            </div>
          </section>
          {figures.map((f) => (
            <section key={f.id} aria-labelledby={`report-${f.id}`} className="lk-dash-report__section">
              <Heading level={2} data-size="xs" id={`report-${f.id}`}>
                {f.title}
              </Heading>
              <Paragraph data-size="sm">{f.summary}</Paragraph>
              <FigureTable figure={f} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
