import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Markdown } from '../../../app/Markdown';
import { Loading } from '../../../app/page';
import { useFormat } from '../../../app/format';
import { graphql } from '../../../gql';
import type { ExperimentDetailFieldsFragment, LearningEntryFieldsFragment } from '../../../gql/graphql';
import { AddDisclosure, addedId, useAddForm } from './AddDisclosure';

type Experiment = ExperimentDetailFieldsFragment;
type Entry = LearningEntryFieldsFragment;

/** The log and its count and latest date (the overview's next step); a new entry answers with them. */
export const ExperimentLearningLogFields = graphql(`
  fragment ExperimentLearningLogFields on Experiment {
    id
    entryCount
    lastEntryOn
    learningEntries {
      ...LearningEntryFields @unmask
    }
  }
`);

// The forms load when someone first opens one: most visitors read the log, few write in it.
const NewEntryForm = lazy(() => import('./LearningLogForms').then((m) => ({ default: m.NewEntryForm })));
const EditEntryForm = lazy(() => import('./LearningLogForms').then((m) => ({ default: m.EditEntryForm })));

export function LearningLog({
  experiment,
  canLog,
}: {
  experiment: Experiment;
  /** viewerCan.log; each entry says for itself whether the viewer may edit it (viewerCanEdit). */
  canLog: boolean;
}) {
  const { t } = useTranslation();
  const adder = useAddForm();
  const [status, setStatus] = useState<string | null>(null);
  // Newest first: the entry written today is the one the team looks for.
  const entries = [...experiment.learningEntries].sort(
    (a, b) => b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section aria-labelledby="exp-log" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-log">
        {t('log.heading')}
      </Heading>
      <Paragraph>{t('log.intro')}</Paragraph>
      {canLog && (
        <AddDisclosure form={adder} label={t('log.newHeading')}>
          <Suspense fallback={<Loading />}>
            <NewEntryForm experimentId={experiment.id} adder={adder} onAdded={setStatus} />
          </Suspense>
        </AddDisclosure>
      )}
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      <Heading level={3} data-size="xs">
        {t('log.entriesHeading', { count: experiment.learningEntries.length })}
      </Heading>
      {entries.length ? (
        <ol className="lk-log">
          {entries.map((entry) => (
            <li key={entry.id} id={addedId('entry', entry.id)} tabIndex={-1}>
              <EntryView entry={entry} experimentId={experiment.id} editable={entry.viewerCanEdit} />
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('log.empty')}</Paragraph>
      )}
    </section>
  );
}

function EntryView({
  entry,
  experimentId,
  editable,
}: {
  entry: Entry;
  experimentId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  // Not the entry's own id (addedId, on its <li>, where focus goes once it is added): ids are unique.
  const headingId = `${addedId('entry', entry.id)}-heading`;
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
        <Suspense fallback={<Loading />}>
          <EditEntryForm entry={entry} experimentId={experimentId} onDone={() => setEditing(false)} />
        </Suspense>
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
