import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, checkLearningCard, ExperimentResult, Limits, NextStep } from '@laerekraft/shared';
import {
  closeAndReload,
  DIALOG_CLOSE,
  firstField,
  FormDialog,
  useUnsaved,
  type DialogFormProps,
} from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import type {
  ExperimentDetailFieldsFragment,
  ExperimentResult as GqlResult,
  NextStep as GqlNextStep,
} from '../../../gql/graphql';
import { ConcludeExperimentMutation, StopExperimentMutation } from '../graphql/experiments';

export type EndKind = 'conclude' | 'stop';

const RESULTS = Object.values(ExperimentResult) as GqlResult[];
const NEXT_STEPS = Object.values(NextStep) as GqlNextStep[];

/** Conclude (with a result) or stop (with a reason); both write the learning card. */
export function EndDialog({
  kind,
  ...props
}: { experiment: ExperimentDetailFieldsFragment; kind: EndKind | null } & DialogFormProps) {
  return (
    <FormDialog
      open={kind !== null}
      onClose={props.onClose}
      labelledBy="end-dialog-heading"
      className="lk-dialog--wide"
    >
      {kind && <EndForm key={kind} kind={kind} {...props} />}
    </FormDialog>
  );
}

function EndForm({
  experiment,
  kind,
  onClose,
  onDone,
  onReload,
}: {
  experiment: ExperimentDetailFieldsFragment;
  kind: EndKind;
} & DialogFormProps) {
  const { t } = useTranslation();
  const counter = useCounter();
  // Both answer with the experiment's fragment; the list refetches when it is next shown.
  const [conclude, concluding] = useMutation(ConcludeExperimentMutation);
  const [stop, stopping] = useMutation(StopExperimentMutation);
  const [result, setResult] = useState<GqlResult | ''>('');
  const [reason, setReason] = useState('');
  const [card, setCard] = useState({ believed: '', observed: '', learned: '' });
  const [nextStep, setNextStep] = useState<GqlNextStep | ''>('');
  const labels = {
    result: t('end.result'),
    reason: t('end.reason'),
    'learningCard.believed': t('card.believed'),
    'learningCard.observed': t('card.observed'),
    'learningCard.learned': t('card.learned'),
    'learningCard.nextStep': t('card.nextStep'),
  };
  const form = useFormErrors('end', labels, { onReload: closeAndReload(onClose, onReload) });
  // The learning card is long to write: Esc or Lukk asks before throwing it away.
  useUnsaved({ result, reason, card, nextStep });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check();
    if (kind === 'conclude') check.rule('result', result !== '', 'required');
    else check.reason('reason', reason);
    checkLearningCard(check, { ...card, nextStep: nextStep || null });
    if (!check.ok || nextStep === '') return form.failClient(check.errors);
    form.reset();
    const learningCard = {
      believed: card.believed.trim(),
      observed: card.observed.trim(),
      learned: card.learned.trim(),
      nextStep,
    };
    const base = { id: experiment.id, version: experiment.version, learningCard };
    try {
      if (kind === 'conclude' && result !== '') {
        await conclude({ variables: { input: { ...base, result } } });
        onDone(t('end.concluded'));
      } else {
        await stop({ variables: { input: { ...base, reason: reason.trim() } } });
        onDone(t('end.stopped'));
      }
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  const cardField = (key: 'believed' | 'observed' | 'learned') => (
    <Textfield
      id={form.id(`learningCard.${key}`)}
      label={labels[`learningCard.${key}`]}
      description={t(`card.${key}Help`)}
      multiline
      rows={3}
      value={card[key]}
      onChange={(e) => setCard((c) => ({ ...c, [key]: e.target.value }))}
      error={form.error(`learningCard.${key}`)}
      counter={counter(Limits.TEXT_MAX)}
    />
  );

  return (
    <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="end-dialog-heading">
        {t(kind === 'conclude' ? 'end.concludeHeading' : 'end.stopHeading', { title: experiment.title })}
      </Heading>
      <Paragraph>{t(kind === 'conclude' ? 'end.concludeIntro' : 'end.stopIntro')}</Paragraph>
      {form.summary}
      {kind === 'conclude' ? (
        <Fieldset id={form.id('result')} tabIndex={-1}>
          <Fieldset.Legend>{labels.result}</Fieldset.Legend>
          {RESULTS.map((r, i) => (
            <Radio
              key={r}
              ref={i === 0 ? firstField : undefined}
              name="result"
              value={r}
              label={t(`result.${r}`)}
              checked={result === r}
              onChange={() => setResult(r)}
            />
          ))}
          {form.error('result') && <ValidationMessage>{form.error('result')}</ValidationMessage>}
        </Fieldset>
      ) : (
        <Textfield
          ref={firstField}
          id={form.id('reason')}
          label={labels.reason}
          description={t('decision.reasonHelp', { min: Limits.REASON_MIN_CHARS })}
          multiline
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.error('reason')}
          counter={counter(Limits.TEXT_MAX)}
        />
      )}
      <Heading level={3} data-size="xs">
        {t('card.heading')}
      </Heading>
      {cardField('believed')}
      {cardField('observed')}
      {cardField('learned')}
      <Fieldset id={form.id('learningCard.nextStep')} tabIndex={-1}>
        <Fieldset.Legend>{labels['learningCard.nextStep']}</Fieldset.Legend>
        {NEXT_STEPS.map((s) => (
          <Radio
            key={s}
            name="nextStep"
            value={s}
            label={t(`nextStep.${s}`)}
            checked={nextStep === s}
            onChange={() => setNextStep(s)}
          />
        ))}
        {form.error('learningCard.nextStep') && (
          <ValidationMessage>{form.error('learningCard.nextStep')}</ValidationMessage>
        )}
      </Fieldset>
      <div className="lk-form__actions">
        <Button
          type="submit"
          loading={concluding.loading || stopping.loading}
          data-color={kind === 'stop' ? 'danger' : undefined}
        >
          {t(kind === 'conclude' ? 'end.concludeSubmit' : 'end.stopSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.close')}
        </Button>
      </div>
    </form>
  );
}
