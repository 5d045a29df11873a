import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Textfield } from '@digdir/designsystemet-react';
import { Check, checkUnionInvolvement, Limits } from '@laerekraft/shared';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { RecordUnionInvolvementMutation } from '../graphql/experiments';
import { addedId } from './AddDisclosure';
import { EntryFormShell } from './EntryFormShell';

/** Records an involvement of union representatives (loaded when the form is first opened). */
export default function UnionForm({
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
  // The answer carries the involvements, viewerCan (a start may now be allowed) and the timeline.
  const [record, { loading }] = useMutation(RecordUnionInvolvementMutation);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [who, setWho] = useState('');
  const [whatWasSaid, setWhat] = useState('');
  const labels = {
    occurredOn: t('union.occurredOn'),
    who: t('union.who'),
    whatWasSaid: t('union.whatWasSaid'),
  };
  const form = useFormErrors('union', labels, { headingLevel: 4 });
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkUnionInvolvement(new Check(), { occurredOn, who, whatWasSaid });
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await record({
        variables: {
          input: {
            experimentId: experiment.id,
            occurredOn,
            who: who.trim(),
            whatWasSaid: whatWasSaid.trim(),
          },
        },
      });
      setWho('');
      setWhat('');
      onAdded(t('union.recorded'), data ? addedId('union', data.recordUnionInvolvement.id) : undefined);
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <EntryFormShell
      id="union-form"
      heading={t('union.formHeading')}
      level={3}
      summary={form.summary}
      submitLabel={t('union.submit')}
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <Textfield
        id={form.id('occurredOn')}
        label={labels.occurredOn}
        type="date"
        value={occurredOn}
        onChange={(e) => setOccurredOn(e.target.value)}
        error={form.error('occurredOn')}
      />
      <Textfield
        id={form.id('who')}
        label={labels.who}
        description={t('union.whoHelp')}
        value={who}
        onChange={(e) => setWho(e.target.value)}
        error={form.error('who')}
        counter={counter(Limits.SHORT_TEXT_MAX)}
      />
      <Textfield
        id={form.id('whatWasSaid')}
        label={labels.whatWasSaid}
        multiline
        rows={4}
        value={whatWasSaid}
        onChange={(e) => setWhat(e.target.value)}
        error={form.error('whatWasSaid')}
        counter={counter(Limits.TEXT_MAX)}
      />
    </EntryFormShell>
  );
}
