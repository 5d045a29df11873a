import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, checkLessonReach } from '@laerekraft/shared';
import {
  closeAndReload,
  DIALOG_CLOSE,
  firstField,
  FormDialog,
  useUnsaved,
  type DialogFormProps,
} from '../../../app/FormDialog';
import { useFormErrors } from '../../../app/forms';
import type { LessonDetailFieldsFragment, LessonReach } from '../../../gql/graphql';
import { dropLessonLists } from '../graphql/cache';
import { ChangeLessonReachMutation, PublishLessonMutation } from '../graphql/lessons';

export type ReachMode = 'publish' | 'change';

/** Publish a draft, or move a published lesson: where it goes, and who will see it there. */
export function ReachDialog({
  lesson,
  mode,
  ...props
}: { lesson: LessonDetailFieldsFragment; mode: ReachMode | null } & DialogFormProps) {
  return (
    <FormDialog
      open={mode !== null}
      onClose={props.onClose}
      labelledBy="reach-heading"
      className="lk-dialog--wide"
    >
      {mode && <ReachForm key={mode} lesson={lesson} mode={mode} {...props} />}
    </FormDialog>
  );
}

function ReachForm({
  lesson: l,
  mode,
  onClose,
  onDone,
  onReload,
}: { lesson: LessonDetailFieldsFragment; mode: ReachMode } & DialogFormProps) {
  const { t } = useTranslation();
  const reaches = l.viewerCan.reaches;
  const [reach, setReach] = useState<LessonReach | ''>(
    mode === 'change' ? l.reach : reaches.includes('ORGANISATION') ? 'ORGANISATION' : (reaches[0] ?? ''),
  );
  const [networkIds, setNetworkIds] = useState<string[]>(
    mode === 'change' ? l.networks.map((n) => n.id) : [],
  );
  const [publish, publishing] = useMutation(PublishLessonMutation, { update: dropLessonLists });
  const [move, moving] = useMutation(ChangeLessonReachMutation, { update: dropLessonLists });
  const labels = { reach: t('lesson.reachLabel'), networkIds: t('lesson.networksLegend') };
  const form = useFormErrors('reach', labels, { onReload: closeAndReload(onClose, onReload) });
  const chosenNetworks = reach === 'NETWORK' ? networkIds : [];
  useUnsaved({ reach, networks: [...chosenNetworks].sort() });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check().rule('reach', reach !== '', 'required');
    if (reach) checkLessonReach(check, reach, chosenNetworks);
    if (!check.ok || reach === '') return form.failClient(check.errors);
    form.reset();
    const variables = { id: l.id, version: l.version, reach, networkIds: chosenNetworks };
    try {
      if (mode === 'publish') {
        await publish({ variables });
        onDone(t('lesson.published'));
      } else {
        await move({ variables });
        onDone(t('lesson.reachChanged'));
      }
      onClose();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="reach-heading">
        {t(mode === 'publish' ? 'lesson.publishHeading' : 'lesson.changeReachHeading', { title: l.title })}
      </Heading>
      <Paragraph>{t(mode === 'publish' ? 'lesson.publishIntro' : 'lesson.changeReachIntro')}</Paragraph>
      {form.summary}
      <Fieldset id={form.id('reach')} tabIndex={-1}>
        <Fieldset.Legend>{labels.reach}</Fieldset.Legend>
        {reaches.map((r, i) => (
          <Radio
            key={r}
            ref={i === 0 ? firstField : undefined}
            name="reach"
            value={r}
            label={t(`lessonReach.${r}`)}
            description={t(`lessonReachWho.${r}`)}
            checked={reach === r}
            onChange={() => {
              form.reset();
              setReach(r);
            }}
          />
        ))}
        {!reaches.includes('NETWORK') && <Paragraph data-size="sm">{t('lesson.onlyLeadBeyond')}</Paragraph>}
        {form.error('reach') && <ValidationMessage>{form.error('reach')}</ValidationMessage>}
      </Fieldset>
      {reach === 'NETWORK' && (
        <Fieldset id={form.id('networkIds')} tabIndex={-1}>
          <Fieldset.Legend>{labels.networkIds}</Fieldset.Legend>
          <Fieldset.Description>{t('lesson.networksHelp')}</Fieldset.Description>
          {l.shareableNetworks.length ? (
            l.shareableNetworks.map((n) => (
              <Checkbox
                key={n.id}
                value={n.id}
                label={n.name}
                checked={networkIds.includes(n.id)}
                onChange={(e) => {
                  form.reset();
                  setNetworkIds((ids) => (e.target.checked ? [...ids, n.id] : ids.filter((x) => x !== n.id)));
                }}
              />
            ))
          ) : (
            <Paragraph>{t('lesson.noShareableNetworks')}</Paragraph>
          )}
          {form.error('networkIds') && <ValidationMessage>{form.error('networkIds')}</ValidationMessage>}
        </Fieldset>
      )}
      {reach && (
        <Paragraph role="status">{t('lesson.whoWillSee', { who: t(`lessonReachWho.${reach}`) })}</Paragraph>
      )}
      <div className="lk-form__actions">
        <Button type="submit" loading={publishing.loading || moving.loading}>
          {t(mode === 'publish' ? 'lesson.publishSubmit' : 'lesson.changeReachSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
