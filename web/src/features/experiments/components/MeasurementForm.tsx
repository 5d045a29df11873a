import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Textfield } from '@digdir/designsystemet-react';
import { Check, Limits, checkMeasurement } from '@laerekraft/shared';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { AddMeasurementMutation } from '../graphql/experiments';
import { addedId } from './AddDisclosure';
import { EntryFormShell } from './EntryFormShell';

/** A new reading of the metric (loaded when the form is first opened). */
export default function MeasurementForm({
  experiment,
  onAdded,
  onCancel,
}: {
  experiment: ExperimentDetailFieldsFragment;
  onAdded: (message: string, elementId?: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  // The answer carries the readings and the timeline: the cache updates the page.
  const [add, { loading }] = useMutation(AddMeasurementMutation);
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const labels = {
    measuredOn: t('measurements.date'),
    value: t('measurements.value'),
    note: t('measurements.note'),
  };
  const form = useFormErrors('measurement', labels, { headingLevel: 4 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const raw = value.trim().replace(',', '.').replace(/\s/g, '');
    const n = raw === '' ? null : Number(raw);
    // The API's rules (date not ahead nor too early, a value a metric can have); NaN is not finite.
    const check = checkMeasurement(new Check(), { measuredOn, value: n, note });
    if (!check.ok || n === null) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await add({
        variables: {
          input: { experimentId: experiment.id, measuredOn, value: n, note: note.trim() || null },
        },
      });
      setValue('');
      setNote('');
      onAdded(t('measurements.added'), data ? addedId('measurement', data.addMeasurement.id) : undefined);
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <EntryFormShell
      id="measurement-form"
      heading={t('measurements.formHeading')}
      level={3}
      summary={form.summary}
      submitLabel={t('measurements.submit')}
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <div className="lk-form__row">
        <Textfield
          id={form.id('measuredOn')}
          label={labels.measuredOn}
          type="date"
          min={`${Limits.MEASURED_FROM_YEAR}-01-01`}
          max={todayIso()}
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
    </EntryFormShell>
  );
}
