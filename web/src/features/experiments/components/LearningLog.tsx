import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Details,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { Check, INNOVATION_ACTIONS, LearningEntryKind, Limits, REFLECTION_PROMPTS } from '@laerekraft/shared';
import { Markdown } from '../../../app/Markdown';
import { useFormat } from '../../../app/format';
import { todayIso, useCounter, useFormErrors } from '../../../app/forms';
import type {
  ExperimentDetailFieldsFragment,
  LearningEntryFieldsFragment,
  LearningEntryKind as GqlKind,
} from '../../../gql/graphql';
import { AddLearningEntryMutation, EditLearningEntryMutation } from '../graphql/experiments';

type Experiment = ExperimentDetailFieldsFragment;
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

export function LearningLog({
  experiment,
  canLog,
  open,
}: {
  experiment: Experiment;
  canLog: boolean;
  /** Entries can be edited only while the experiment is planned or running (the API refuses otherwise). */
  open: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="exp-log" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-log">
        {t('log.heading')}
      </Heading>
      <Paragraph>{t('log.intro')}</Paragraph>
      {canLog && <NewEntryForm experimentId={experiment.id} />}
      <Heading level={3} data-size="xs">
        {t('log.entriesHeading', { count: experiment.learningEntries.length })}
      </Heading>
      {experiment.learningEntries.length ? (
        <ol className="lk-log">
          {experiment.learningEntries.map((entry) => (
            <li key={entry.id}>
              <EntryView entry={entry} editable={open && entry.viewerCanEdit} />
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('log.empty')}</Paragraph>
      )}
    </section>
  );
}

function NewEntryForm({ experimentId }: { experimentId: string }) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [add, { loading }] = useMutation(AddLearningEntryMutation, {
    refetchQueries: ['Experiment', 'Experiments'],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<GqlKind | ''>('');
  const [entryDate, setEntryDate] = useState(todayIso());
  const [promptId, setPromptId] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const labels = {
    kind: t('log.kind'),
    entryDate: t('log.date'),
    promptId: t('log.prompt'),
    text: t('log.text'),
  };
  const form = useFormErrors('log', labels, { headingLevel: 4 });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const check = new Check()
      .rule('kind', kind !== '', 'required')
      .date('entryDate', entryDate, true)
      .rule('entryDate', !entryDate || entryDate <= todayIso(), 'dateInFuture')
      .required('text', text, Limits.LOG_ENTRY_MAX);
    if (!check.ok || kind === '') return form.failClient(check.errors);
    form.reset();
    try {
      await add({
        variables: {
          input: { experimentId, kind, entryDate, promptId: promptId || null, text: text.trim() },
        },
      });
      setKind('');
      setPromptId('');
      setText('');
      setStatus(t('log.added'));
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
      </div>
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
    </form>
  );
}

function EntryView({ entry, editable }: { entry: Entry; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const headingId = `entry-${entry.id}`;
  const revisions = [...entry.revisions].sort((a, b) => b.version - a.version);

  return (
    <article aria-labelledby={headingId} className="lk-log__entry">
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('log.entryHeading', { kind: t(`entryKind.${entry.kind}`), date: format.day(entry.entryDate) })}
      </Heading>
      <Paragraph data-size="sm" className="lk-muted">
        {t('log.writtenBy', { name: entry.author.name })}
        {entry.revisions.length > 0 && ` · ${t('log.editedAt', { date: format.dateTime(entry.updatedAt) })}`}
      </Paragraph>
      {entry.promptId && (
        <Paragraph data-size="sm">
          <Tag data-color="neutral" data-size="sm" variant="outline">
            {t('log.promptTag')}
          </Tag>{' '}
          <em>{t(`prompts.${entry.promptId}`)}</em>
        </Paragraph>
      )}
      {editing ? (
        <EditEntryForm entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Markdown text={entry.text} />
          {editable && (
            <div>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('log.editAria', { date: format.day(entry.entryDate) })}
                onClick={() => setEditing(true)}
              >
                {t('log.edit')}
              </Button>
            </div>
          )}
        </>
      )}
      {revisions.length > 0 && (
        <Details>
          <Details.Summary>{t('log.showRevisions', { count: revisions.length })}</Details.Summary>
          <Details.Content>
            <ol className="lk-plain-list lk-revisions">
              {revisions.map((r) => (
                <li key={r.version}>
                  <Paragraph data-size="sm" className="lk-muted">
                    {t('log.revisionMeta', {
                      version: r.version,
                      kind: t(`entryKind.${r.kind}`),
                      name: r.editedBy.name,
                      date: format.dateTime(r.replacedAt),
                    })}
                  </Paragraph>
                  {r.promptId && (
                    <Paragraph data-size="sm">
                      <em>{t(`prompts.${r.promptId}`)}</em>
                    </Paragraph>
                  )}
                  <Markdown text={r.text} />
                </li>
              ))}
            </ol>
          </Details.Content>
        </Details>
      )}
    </article>
  );
}

function EditEntryForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useTranslation();
  const counter = useCounter();
  const client = useApolloClient();
  const [edit, { loading }] = useMutation(EditLearningEntryMutation, { refetchQueries: ['Experiment'] });
  const [kind, setKind] = useState<GqlKind | ''>(entry.kind);
  const [promptId, setPromptId] = useState(entry.promptId ?? '');
  const [text, setText] = useState(entry.text);
  const formId = `edit-${entry.id}`;
  const labels = { kind: t('log.kind'), promptId: t('log.prompt'), text: t('log.text') };
  const form = useFormErrors(formId, labels, {
    headingLevel: 4,
    onReload: async () => {
      await client.refetchQueries({ include: ['Experiment'] });
      onDone();
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = new Check()
      .rule('kind', kind !== '', 'required')
      .required('text', text, Limits.LOG_ENTRY_MAX);
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
