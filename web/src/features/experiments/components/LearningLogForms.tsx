import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import {
  Button,
  Field,
  Heading,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  Check,
  checkLearningEntry,
  INNOVATION_ACTIONS,
  LearningEntryKind,
  Limits,
  REFLECTION_PROMPTS,
} from '@laerekraft/shared';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type { LearningEntryFieldsFragment, LearningEntryKind as GqlKind } from '../../../gql/graphql';
import {
  AddLearningEntryMutation,
  EditLearningEntryMutation,
  ExperimentLogQuery,
} from '../graphql/experiments';
import { addedId, type AddForm } from './AddDisclosure';

type Entry = LearningEntryFieldsFragment;

const KINDS = Object.values(LearningEntryKind) as GqlKind[];

/** Kind and prompt selects, shared by the new-entry and edit forms. */
function EntryMeta({
  formId,
  kind,
  promptId,
  onKind,
  onPrompt,
  errors,
}: {
  formId: string;
  kind: GqlKind | '';
  promptId: string;
  onKind: (k: GqlKind | '') => void;
  onPrompt: (id: string) => void;
  errors: { kind?: string; promptId?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field>
        <Label htmlFor={`${formId}-kind`}>{t('log.kind')}</Label>
        <Select
          id={`${formId}-kind`}
          value={kind}
          onChange={(e) => onKind(e.target.value as GqlKind | '')}
          aria-invalid={errors.kind ? true : undefined}
        >
          <Select.Option value="">{t('log.chooseKind')}</Select.Option>
          {KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`entryKind.${k}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.kind && <ValidationMessage>{errors.kind}</ValidationMessage>}
      </Field>
      <Field>
        <Label htmlFor={`${formId}-promptId`}>{t('log.prompt')}</Label>
        <Field.Description>{t('log.promptHelp')}</Field.Description>
        <Select
          id={`${formId}-promptId`}
          value={promptId}
          onChange={(e) => onPrompt(e.target.value)}
          aria-invalid={errors.promptId ? true : undefined}
        >
          <Select.Option value="">{t('log.noPrompt')}</Select.Option>
          {INNOVATION_ACTIONS.map((action) => (
            <Select.Optgroup key={action} label={t(`actions.${action}`)}>
              {REFLECTION_PROMPTS.filter((p) => p.action === action).map((p) => (
                <Select.Option key={p.id} value={p.id}>
                  {t(`prompts.${p.id}`)}
                </Select.Option>
              ))}
            </Select.Optgroup>
          ))}
        </Select>
        {errors.promptId && <ValidationMessage>{errors.promptId}</ValidationMessage>}
      </Field>
    </>
  );
}

/** The form for a new entry (loaded when it is first opened). */
export function NewEntryForm({
  experimentId,
  adder,
  onAdded,
}: {
  experimentId: string;
  adder: AddForm;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  // The answer carries the log, its count and the timeline: the cache updates the page.
  const [add, { loading }] = useMutation(AddLearningEntryMutation);
  const [kind, setKind] = useState<GqlKind | ''>('');
  const [entryDate, setEntryDate] = useState(todayIso());
  const [promptId, setPromptId] = useState('');
  const [text, setText] = useState('');
  const labels = {
    kind: t('log.kind'),
    entryDate: t('log.date'),
    promptId: t('log.prompt'),
    text: t('log.text'),
  };
  const form = useFormErrors('log', labels, { headingLevel: 4 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkLearningEntry(new Check(), { kind: kind || null, text, promptId: promptId || null })
      .date('entryDate', entryDate, true)
      .notInFuture('entryDate', entryDate);
    if (!check.ok || kind === '') return form.failClient(check.errors);
    form.reset();
    try {
      const { data } = await add({
        variables: {
          input: { experimentId, kind, entryDate, promptId: promptId || null, text: text.trim() },
        },
      });
      setKind('');
      setPromptId('');
      setText('');
      onAdded(t('log.added'));
      adder.close(data ? addedId('entry', data.addLearningEntry.id) : undefined);
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit} aria-labelledby="log-form-heading">
      <Heading level={3} data-size="xs" id="log-form-heading">
        {t('log.newHeading')}
      </Heading>
      {form.summary}
      <EntryMeta
        formId="log"
        kind={kind}
        promptId={promptId}
        onKind={setKind}
        onPrompt={setPromptId}
        errors={{ kind: form.error('kind'), promptId: form.error('promptId') }}
      />
      <Textfield
        id={form.id('entryDate')}
        label={labels.entryDate}
        type="date"
        max={todayIso()}
        value={entryDate}
        onChange={(e) => setEntryDate(e.target.value)}
        error={form.error('entryDate')}
      />
      <Textfield
        id={form.id('text')}
        label={labels.text}
        description={
          promptId ? t('log.answering', { prompt: t(`prompts.${promptId}`) }) : t('log.markdownHelp')
        }
        multiline
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.error('text')}
        counter={counter(Limits.LOG_ENTRY_MAX)}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('log.submit')}
        </Button>
        <Button variant="tertiary" onClick={() => adder.close()}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The form that edits an entry (loaded when it is first opened). */
export function EditEntryForm({
  entry,
  experimentId,
  onDone,
}: {
  entry: Entry;
  experimentId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  const client = useApolloClient();
  // The answer carries the entry and the timeline: the cache updates the page.
  const [edit, { loading }] = useMutation(EditLearningEntryMutation);
  const [kind, setKind] = useState<GqlKind | ''>(entry.kind);
  const [promptId, setPromptId] = useState(entry.promptId ?? '');
  const [text, setText] = useState(entry.text);
  const formId = `edit-${entry.id}`;
  const labels = { kind: t('log.kind'), promptId: t('log.prompt'), text: t('log.text') };
  const form = useFormErrors(formId, labels, {
    headingLevel: 4,
    onReload: async () => {
      // Someone else changed it: read the log (with this entry's new version) afresh.
      await client.query({
        query: ExperimentLogQuery,
        variables: { id: experimentId },
        fetchPolicy: 'network-only',
      });
      onDone();
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkLearningEntry(new Check(), { kind: kind || null, text, promptId: promptId || null });
    if (!check.ok || kind === '') return form.failClient(check.errors);
    form.reset();
    try {
      await edit({
        variables: {
          input: {
            id: entry.id,
            version: entry.version,
            kind,
            promptId: promptId || null,
            text: text.trim(),
          },
        },
      });
      onDone();
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form lk-form--wide" noValidate onSubmit={onSubmit}>
      {form.summary}
      <EntryMeta
        formId={formId}
        kind={kind}
        promptId={promptId}
        onKind={setKind}
        onPrompt={setPromptId}
        errors={{ kind: form.error('kind'), promptId: form.error('promptId') }}
      />
      <Textfield
        id={form.id('text')}
        label={labels.text}
        description={t('log.markdownHelp')}
        multiline
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.error('text')}
        counter={counter(Limits.LOG_ENTRY_MAX)}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('log.saveEdit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
