import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import {
  closeAndReload,
  DIALOG_CLOSE,
  firstField,
  FormDialog,
  useUnsaved,
  type DialogFormProps,
} from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import type { LessonDetailFieldsFragment } from '../../../gql/graphql';
import { dropLessonLists } from '../graphql/cache';
import { WithdrawLessonMutation } from '../graphql/lessons';

/** Withdraw a published lesson: a reason, then a confirmation. */
export function WithdrawDialog({
  lesson,
  open,
  ...props
}: { lesson: LessonDetailFieldsFragment; open: boolean } & DialogFormProps) {
  return (
    <FormDialog open={open} onClose={props.onClose} labelledBy="withdraw-heading">
      {open && <WithdrawForm lesson={lesson} {...props} />}
    </FormDialog>
  );
}

function WithdrawForm({
  lesson,
  onClose,
  onDone,
  onReload,
}: { lesson: LessonDetailFieldsFragment } & DialogFormProps) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  useUnsaved(reason);
  const [withdraw, withdrawing] = useMutation(WithdrawLessonMutation, { update: dropLessonLists });
  const labels = { reason: t('lesson.withdrawReason') };
  const form = useFormErrors('withdraw', labels, { onReload: closeAndReload(onClose, onReload) });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().reason('reason', reason);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    if (!confirming) return setConfirming(true);
    try {
      await withdraw({ variables: { id: lesson.id, version: lesson.version, reason: reason.trim() } });
      onDone(t('lesson.withdrawn'));
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="withdraw-heading">
        {t('lesson.withdrawHeading', { title: lesson.title })}
      </Heading>
      <Paragraph>{t('lesson.withdrawIntro')}</Paragraph>
      {form.summary}
      <Textfield
        ref={firstField}
        id={form.id('reason')}
        label={labels.reason}
        description={t('decision.reasonHelp', { min: Limits.REASON_MIN_CHARS })}
        multiline
        rows={3}
        value={reason}
        readOnly={confirming}
        onChange={(e) => setReason(e.target.value)}
        error={form.error('reason')}
        counter={counter(Limits.TEXT_MAX)}
      />
      {confirming && (
        <Paragraph role="alert">
          <strong>{t('lesson.withdrawConfirm')}</strong>
        </Paragraph>
      )}
      <div className="lk-form__actions">
        <Button type="submit" data-color="danger" loading={withdrawing.loading}>
          {t(confirming ? 'lesson.withdrawConfirmSubmit' : 'lesson.withdrawSubmit')}
        </Button>
        {confirming && (
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('lesson.withdrawBack')}
          </Button>
        )}
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
