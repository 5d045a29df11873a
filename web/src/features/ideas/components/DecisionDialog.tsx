import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import {
  closeAndReload,
  DIALOG_CLOSE,
  FormDialog,
  firstField,
  useUnsaved,
  type DialogFormProps,
} from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import { TriedBefore } from '../../../ui/TriedBefore';
import {
  ApproveIdeaMutation,
  DeclineIdeaMutation,
  ParkIdeaMutation,
  PeoplePickerQuery,
} from '../graphql/ideas';

export type Decision = 'approve' | 'decline' | 'park';

/** What a decision needs of the idea: which version it decides, and what to look for in «Prøvd før?». */
interface DecidedIdea {
  id: string;
  version: number;
  title: string;
  needWhose: string;
  needObserved: string;
  proposal: string;
}

/** Approve, decline or park, in a modal dialog; declining and parking need a reason the author can learn from. */
export function DecisionDialog({
  decision,
  ...props
}: { idea: DecidedIdea; decision: Decision | null } & DialogFormProps) {
  return (
    <FormDialog open={decision !== null} onClose={props.onClose} labelledBy="decision-heading">
      {decision && <DecisionForm key={decision} decision={decision} {...props} />}
    </FormDialog>
  );
}

function DecisionForm({
  idea,
  decision,
  onClose,
  onDone,
  onReload,
}: { idea: DecidedIdea; decision: Decision } & DialogFormProps) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [reason, setReason] = useState('');
  const [ownerId, setOwnerId] = useState('');
  useUnsaved({ reason, ownerId });
  const people = useQuery(PeoplePickerQuery, { skip: decision !== 'approve' });
  // Each decision answers with the idea page's fragment (state, decision, experiment, timeline);
  // the lists it moves the idea between refetch when they are next shown (cache-and-network).
  const [approve, approving] = useMutation(ApproveIdeaMutation);
  const [decline, declining] = useMutation(DeclineIdeaMutation);
  const [park, parking] = useMutation(ParkIdeaMutation);
  const loading = approving.loading || declining.loading || parking.loading;
  const labels = {
    reason: decision === 'approve' ? t('decision.noteLabel') : t('decision.reasonLabel'),
    ownerId: t('decision.owner'),
  };
  const form = useFormErrors('decision', labels, { onReload: closeAndReload(onClose, onReload) });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check();
    if (decision === 'approve') check.text('reason', reason, Limits.TEXT_MAX);
    else check.reason('reason', reason);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    const base = { id: idea.id, version: idea.version };
    try {
      if (decision === 'approve') {
        await approve({
          variables: { input: { ...base, reason: reason.trim() || null, ownerId: ownerId || null } },
        });
        onDone(t('decision.approved'));
      } else if (decision === 'decline') {
        await decline({ variables: { input: { ...base, reason: reason.trim() } } });
        onDone(t('decision.declined'));
      } else {
        await park({ variables: { input: { ...base, reason: reason.trim() } } });
        onDone(t('decision.parked'));
      }
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="decision-heading">
        {t(`decision.${decision}Heading`, { title: idea.title })}
      </Heading>
      <Paragraph>{t(`decision.${decision}Intro`)}</Paragraph>
      <TriedBefore
        title={idea.title}
        text={`${idea.needWhose} ${idea.needObserved} ${idea.proposal}`}
        excludeId={idea.id}
        headingLevel={3}
      />
      {form.summary}
      {decision === 'approve' && (
        <Field>
          <Label htmlFor={form.id('ownerId')}>{labels.ownerId}</Label>
          <Field.Description>{t('decision.ownerHelp')}</Field.Description>
          <Select
            id={form.id('ownerId')}
            ref={firstField}
            value={ownerId}
            onChange={(e) => setOwnerId(e.target.value)}
          >
            <Select.Option value="">{t('decision.ownerDefault')}</Select.Option>
            {(people.data?.people ?? []).map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        id={form.id('reason')}
        ref={decision === 'approve' ? undefined : firstField}
        label={labels.reason}
        description={
          decision === 'approve'
            ? t('decision.noteHelp')
            : t('decision.reasonHelp', { min: Limits.REASON_MIN_CHARS })
        }
        multiline
        rows={5}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.error('reason')}
        counter={counter(Limits.TEXT_MAX)}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading} data-color={decision === 'decline' ? 'danger' : undefined}>
          {t(`decision.${decision}Submit`)}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
