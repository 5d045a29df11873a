import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { ChallengeLimits, Check, checkChallengeFields } from '@laerekraft/shared';
import { FormDialog, DIALOG_CLOSE, firstField, useUnsaved } from '../../../app/FormDialog';
import { useCounter, useFormErrors } from '../../../app/forms';
import { placeChallenge } from '../graphql/cache';
import { PostChallengeMutation } from '../graphql/challenges';

/** Where a challenge may be posted: my organisation (networkId null) or a network I coordinate. */
export interface PostTarget {
  networkId: string | null;
  name: string;
}

/** Post a challenge (utfordring), in a modal dialog: the targets are those the API says I may post to. */
export function PostChallengeDialog({
  open,
  targets,
  initial,
  onClose,
  onPosted,
}: {
  open: boolean;
  targets: PostTarget[];
  initial: string | null;
  onClose: () => void;
  onPosted: (id: string, title: string) => void;
}) {
  return (
    <FormDialog open={open} onClose={onClose} labelledBy="post-challenge-heading">
      {open && (
        <PostChallengeForm targets={targets} initial={initial} onClose={onClose} onPosted={onPosted} />
      )}
    </FormDialog>
  );
}

function PostChallengeForm({
  targets,
  initial,
  onClose,
  onPosted,
}: {
  targets: PostTarget[];
  initial: string | null;
  onClose: () => void;
  onPosted: (id: string, title: string) => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [post, { loading }] = useMutation(PostChallengeMutation, {
    update: (cache, { data }) => data && placeChallenge(cache, data.postChallenge),
  });
  const [target, setTarget] = useState(
    initial && targets.some((x) => x.networkId === initial) ? initial : (targets[0]?.networkId ?? ''),
  );
  const [values, setValues] = useState({ title: '', need: '', concerns: '', deadline: '' });
  useUnsaved({ target, values });
  const labels = {
    target: t('challenges.fields.target'),
    title: t('challenges.fields.title'),
    need: t('challenges.fields.need'),
    concerns: t('challenges.fields.concerns'),
    deadline: t('challenges.fields.deadline'),
  };
  const form = useFormErrors('post-challenge', labels, { headingLevel: 3 });
  const set = (k: keyof typeof values, v: string) => setValues((x) => ({ ...x, [k]: v }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      title: values.title.trim(),
      need: values.need.trim(),
      concerns: values.concerns.trim(),
      deadline: values.deadline,
    };
    const check = checkChallengeFields(new Check(), fields);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await post({ variables: { input: { ...fields, networkId: target || null } } });
      if (data) onPosted(data.postChallenge.id, data.postChallenge.title);
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="post-challenge-heading">
        {t('challenges.postHeading')}
      </Heading>
      {form.summary}
      {targets.length === 1 && <Paragraph>{t('challenges.postFor', { name: targets[0].name })}</Paragraph>}
      {targets.length > 1 && (
        <Field>
          <Label htmlFor={form.id('target')}>{labels.target}</Label>
          <Select id={form.id('target')} value={target ?? ''} onChange={(e) => setTarget(e.target.value)}>
            {targets.map((x) => (
              <Select.Option key={x.networkId ?? ''} value={x.networkId ?? ''}>
                {x.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        id={form.id('title')}
        ref={firstField}
        label={labels.title}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={form.error('title')}
        counter={counter(ChallengeLimits.TITLE_MAX)}
      />
      <Textfield
        id={form.id('need')}
        label={labels.need}
        description={t('challenges.fields.needHelp')}
        multiline
        rows={4}
        value={values.need}
        onChange={(e) => set('need', e.target.value)}
        error={form.error('need')}
        counter={counter(ChallengeLimits.NEED_MAX)}
      />
      <Textfield
        id={form.id('concerns')}
        label={labels.concerns}
        value={values.concerns}
        onChange={(e) => set('concerns', e.target.value)}
        error={form.error('concerns')}
        counter={counter(ChallengeLimits.CONCERNS_MAX)}
      />
      <Textfield
        id={form.id('deadline')}
        label={labels.deadline}
        type="date"
        value={values.deadline}
        onChange={(e) => set('deadline', e.target.value)}
        error={form.error('deadline')}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('challenges.post')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
