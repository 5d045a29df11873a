import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { useFormat } from '../../../app/format';
import { TableRegion } from '../../../app/TableRegion';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { AddMeasurementMutation } from '../graphql/experiments';
import { MeasurementChart } from './MeasurementChart';

type Experiment = ExperimentDetailFieldsFragment;

/** Readings of the metric: a chart and the same numbers in a table, and a form to add one. */
export function MeasurementsSection({ experiment, editable }: { experiment: Experiment; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counter = useCounter();
  const h = experiment.hypothesis;
  const [add, { loading }] = useMutation(AddMeasurementMutation, {
    refetchQueries: ['Experiment'],
    awaitRefetchQueries: true,
  });
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = {
    measuredOn: t('measurements.date'),
    value: t('measurements.value'),
    note: t('measurements.note'),
  };
  const form = useFormErrors('measurement', labels, { headingLevel: 4 });
  const readings = experiment.measurements;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const raw = value.trim().replace(',', '.').replace(/\s/g, '');
    const n = Number(raw);
    const check = new Check()
      .date('measuredOn', measuredOn, true)
      .rule('value', raw !== '', 'required')
      .text('note', note, Limits.SHORT_TEXT_MAX);
    if (raw !== '') check.rule('value', Number.isFinite(n), 'invalidNumber');
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await add({
        variables: {
          input: { experimentId: experiment.id, measuredOn, value: n, note: note.trim() || null },
        },
      });
      setValue('');
      setNote('');
      setStatus(t('measurements.added'));
    } catch (e) {
      form.failServer(e);
    }
  }

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
                  <Table.Row key={r.id}>
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
        <form className="lk-form" noValidate onSubmit={onSubmit} aria-labelledby="measurement-form-heading">
          <Heading level={3} data-size="xs" id="measurement-form-heading">
            {t('measurements.formHeading')}
          </Heading>
          {form.summary}
          <div className="lk-form__row">
            <Textfield
              id={form.id('measuredOn')}
              label={labels.measuredOn}
              type="date"
              value={measuredOn}
              onChange={(e) => setMeasuredOn(e.target.value)}
              error={form.error('measuredOn')}
            />
            <Textfield
              id={form.id('value')}
              label={labels.value}
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              error={form.error('value')}
            />
          </div>
          <Textfield
            id={form.id('note')}
            label={labels.note}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={form.error('note')}
            counter={counter(Limits.SHORT_TEXT_MAX)}
          />
          <div className="lk-form__actions">
            <Button type="submit" variant="secondary" loading={loading}>
              {t('measurements.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
