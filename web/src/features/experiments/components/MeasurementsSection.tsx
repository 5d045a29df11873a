import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { graphql } from '../../../gql';
import { Loading } from '../../../app/page';
import { TableRegion } from '../../../app/TableRegion';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { AddDisclosure, addedId, useAddForm } from './AddDisclosure';
import { MeasurementChart } from './MeasurementChart';

type Experiment = ExperimentDetailFieldsFragment;

/** The readings the chart, the table and the overview show; adding one answers with them. */
export const ExperimentMeasurementsFields = graphql(`
  fragment ExperimentMeasurementsFields on Experiment {
    id
    measurements {
      id
      measuredOn
      value
      note
    }
  }
`);

const MeasurementForm = lazy(() => import('./MeasurementForm'));

/** Readings of the metric: a chart and the same numbers in a table, and a form to add one. */
export function MeasurementsSection({ experiment, editable }: { experiment: Experiment; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const h = experiment.hypothesis;
  const [status, setStatus] = useState<string | null>(null);
  const adder = useAddForm();
  const readings = experiment.measurements;

  return (
    <section aria-labelledby="exp-measurements" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-measurements">
        {t('measurements.heading')}
      </Heading>
      <Paragraph>
        {t('measurements.intro', { metric: h.metric.trim() || t('measurements.metricFallback') })}
      </Paragraph>
      {readings.length ? (
        <>
          <MeasurementChart readings={readings} metric={h.metric} baseline={h.baseline} target={h.target} />
          <TableRegion label={t('measurements.caption')}>
            <Table zebra data-size="sm">
              <caption>{t('measurements.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('measurements.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('measurements.value')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('measurements.note')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {readings.map((r) => (
                  <Table.Row key={r.id} id={addedId('measurement', r.id)} tabIndex={-1}>
                    <Table.Cell>{format.day(r.measuredOn)}</Table.Cell>
                    <Table.Cell>{format.number(r.value)}</Table.Cell>
                    <Table.Cell>{r.note}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableRegion>
          <Paragraph data-size="sm">
            {[
              h.baseline != null && t('measurements.chartBaseline', { value: format.number(h.baseline) }),
              h.target != null && t('measurements.chartTarget', { value: format.number(h.target) }),
            ]
              .filter(Boolean)
              .join(' ')}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('measurements.empty')}</Paragraph>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {editable && (
        <AddDisclosure form={adder} label={t('measurements.formHeading')}>
          <Suspense fallback={<Loading />}>
            <MeasurementForm
              experiment={experiment}
              onAdded={(message, elementId) => {
                setStatus(message);
                adder.close(elementId);
              }}
              onCancel={() => adder.close()}
            />
          </Suspense>
        </AddDisclosure>
      )}
    </section>
  );
}
