import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { useFormat } from '../../../app/format';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { RecordUnionInvolvementMutation } from '../graphql/experiments';

type Experiment = ExperimentDetailFieldsFragment;

/** Involvering av tillitsvalgte: when, who, what was said. */
export function UnionSection({ experiment, canRecord }: { experiment: Experiment; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counter = useCounter();
  const [record, { loading }] = useMutation(RecordUnionInvolvementMutation, {
    refetchQueries: ['Experiment'],
    awaitRefetchQueries: true,
  });
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [who, setWho] = useState('');
  const [whatWasSaid, setWhat] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = {
    occurredOn: t('union.occurredOn'),
    who: t('union.who'),
    whatWasSaid: t('union.whatWasSaid'),
  };
  const form = useFormErrors('union', labels, { headingLevel: 4 });
  const list = [...experiment.unionInvolvements].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const check = new Check()
      .date('occurredOn', occurredOn, true)
      .required('who', who, Limits.SHORT_TEXT_MAX)
      .required('whatWasSaid', whatWasSaid, Limits.TEXT_MAX);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await record({
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
      setStatus(t('union.recorded'));
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="exp-union" className="lk-stack" id="tillitsvalgte">
      <Heading level={2} data-size="sm" id="exp-union">
        {t('union.heading')}
      </Heading>
      <Paragraph>{t('union.intro')}</Paragraph>
      {experiment.affectsEmployees && !list.length && (
        <Alert data-color="warning">
          <Paragraph>
            {experiment.state === 'PLANNED' ? t('union.requiredBeforeStart') : t('union.missing')}
          </Paragraph>
        </Alert>
      )}
      {list.length ? (
        <ol className="lk-timeline">
          {list.map((u) => (
            <li key={u.id} className="lk-timeline__item">
              <Paragraph data-size="sm" className="lk-muted">
                {format.day(u.occurredOn)} · {t('union.recordedBy', { name: u.recordedBy.name })}
              </Paragraph>
              <Paragraph>
                <strong>{t('union.who')}:</strong> {u.who}
              </Paragraph>
              <Paragraph className="lk-pre">
                <strong>{t('union.whatWasSaid')}:</strong> {u.whatWasSaid}
              </Paragraph>
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('union.empty')}</Paragraph>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {canRecord && (
        <form className="lk-form" noValidate onSubmit={onSubmit} aria-labelledby="union-form-heading">
          <Heading level={3} data-size="xs" id="union-form-heading">
            {t('union.formHeading')}
          </Heading>
          {form.summary}
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
          <div className="lk-form__actions">
            <Button type="submit" variant="secondary" loading={loading}>
              {t('union.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
