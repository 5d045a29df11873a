import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { ChallengeLimits, Check, checkPinNote } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { DIALOG_CLOSE, FormDialog, firstField, useUnsaved } from '../../../app/FormDialog';
import { useFormat } from '../../../app/format';
import { useCounter, useFormErrors } from '../../../app/forms';
import type { NetworkQuery as NetworkResult, SharedLessonFieldsFragment } from '../../../gql/graphql';
import { addToList } from '../graphql/cache';
import { PinLessonMutation, UnpinLessonMutation } from '../graphql/networks';

type NetworkData = NetworkResult['network'];
type Shared = SharedLessonFieldsFragment;

/**
 * What the network's members share: the coordinators' pins, the newest and the most adopted
 * lessons published to the network, a summary, and the network's open challenges.
 */
export function NetworkShared({ network }: { network: NetworkData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pinning, setPinning] = useState<Shared | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [unpin] = useMutation(UnpinLessonMutation, {
    // The API answers true: the pin of that lesson leaves the network's pins here.
    update(cache, { data }, { variables }) {
      if (!data?.unpinLesson || !variables) return;
      cache.modify<{ pins: readonly Reference[] }>({
        id: cache.identify({ __typename: 'Network', id: network.id }),
        fields: {
          pins: (refs, { readField }) =>
            refs.filter((pin) => {
              const shared = readField<{ lesson: Reference }>('shared', pin);
              return readField('id', shared?.lesson) !== variables.input.lessonId;
            }),
        },
      });
    },
  });
  const pinned = new Set(network.pins.map((p) => p.shared.lesson.id));

  async function onUnpin(lesson: Shared['lesson']) {
    setStatus(null);
    setError(null);
    try {
      await unpin({ variables: { input: { networkId: network.id, lessonId: lesson.id } } });
      setStatus(t('network.unpinned', { title: lesson.title }));
    } catch (e) {
      setError(e);
    }
  }

  const lessonList = (items: readonly Shared[], id: string, empty: string) =>
    items.length === 0 ? (
      <Paragraph>{empty}</Paragraph>
    ) : (
      <ul className="lk-cards" aria-labelledby={id}>
        {items.map((s) => (
          <li key={s.lesson.id}>
            <LessonCard shared={s}>
              {network.viewerCan.pin && !pinned.has(s.lesson.id) && (
                <Button
                  data-size="sm"
                  variant="secondary"
                  aria-label={t('network.pinAria', { title: s.lesson.title })}
                  onClick={() => setPinning(s)}
                >
                  {t('network.pin')}
                </Button>
              )}
            </LessonCard>
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {error != null && <ActionError error={error} />}

      <section aria-labelledby="network-pins" className="lk-stack">
        <Heading level={2} data-size="md" id="network-pins">
          {t('network.pinsHeading')}
        </Heading>
        {network.pins.length === 0 ? (
          <Paragraph>{t('network.noPins')}</Paragraph>
        ) : (
          <ul className="lk-cards" aria-labelledby="network-pins">
            {network.pins.map((p) => (
              <li key={p.id}>
                <LessonCard shared={p.shared}>
                  {p.note && (
                    <Paragraph data-size="sm">
                      <strong>{t('network.coordinatorNote')}</strong> {p.note}
                    </Paragraph>
                  )}
                  <Paragraph data-size="sm" className="lk-muted">
                    {p.pinnedBy
                      ? t('network.pinnedBy', { name: p.pinnedBy.name, date: format.date(p.pinnedAt) })
                      : t('network.pinnedOn', { date: format.date(p.pinnedAt) })}
                  </Paragraph>
                  {network.viewerCan.pin && (
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-label={t('network.unpinAria', { title: p.shared.lesson.title })}
                      onClick={() => void onUnpin(p.shared.lesson)}
                    >
                      {t('network.unpin')}
                    </Button>
                  )}
                </LessonCard>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="network-newest" className="lk-stack">
        <Heading level={2} data-size="md" id="network-newest">
          {t('network.newestHeading')}
        </Heading>
        {lessonList(network.newestLessons, 'network-newest', t('network.noLessons'))}
      </section>

      <section aria-labelledby="network-most-adopted" className="lk-stack">
        <Heading level={2} data-size="md" id="network-most-adopted">
          {t('network.mostAdoptedHeading')}
        </Heading>
        {lessonList(network.mostAdoptedLessons, 'network-most-adopted', t('network.noAdoptions'))}
      </section>

      <section aria-labelledby="network-summary" className="lk-stack">
        <Heading level={2} data-size="md" id="network-summary">
          {t('network.summaryHeading')}
        </Heading>
        <Paragraph>{t('network.summaryLessons', { count: network.summary.lessons })}</Paragraph>
        {network.summary.lessons > 0 && (
          <dl className="lk-facts">
            <dt>{t('network.byAction')}</dt>
            <dd>
              {format.list(
                network.summary.byAction.map((a) => `${t(`actions.${a.key}`)}: ${format.number(a.count)}`),
              )}
            </dd>
            <dt>{t('network.byResult')}</dt>
            <dd>
              {format.list(
                network.summary.byResult.map(
                  (r) =>
                    `${r.key === 'NONE' ? t('network.noResult') : t(`result.${r.key}`)}: ${format.number(r.count)}`,
                ),
              )}
            </dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="network-challenges" className="lk-stack">
        <Heading level={2} data-size="md" id="network-challenges">
          {t('network.challengesHeading')}
        </Heading>
        {network.challenges.length === 0 ? (
          <Paragraph>{t('network.noChallenges')}</Paragraph>
        ) : (
          <ul className="lk-plain-list lk-stack">
            {network.challenges.map((c) => (
              <li key={c.id}>
                <Link asChild>
                  <RouterLink to={`/utfordringer/${c.id}`}>{c.title}</RouterLink>
                </Link>{' '}
                <span className="lk-muted">{t('challenges.deadline', { date: format.day(c.deadline) })}</span>
              </li>
            ))}
          </ul>
        )}
        {network.viewerCan.postChallenge && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/utfordringer?ny=${network.id}`}>{t('network.postChallenge')}</RouterLink>
            </Link>
          </Paragraph>
        )}
      </section>

      <FormDialog open={pinning !== null} onClose={() => setPinning(null)} labelledBy="pin-dialog-heading">
        {pinning && (
          <PinForm
            key={pinning.lesson.id}
            networkId={network.id}
            shared={pinning}
            onClose={() => setPinning(null)}
            onDone={(m) => {
              setStatus(m);
              setPinning(null);
            }}
          />
        )}
      </FormDialog>
    </>
  );
}

function LessonCard({ shared, children }: { shared: Shared; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const { lesson, organisation } = shared;
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        <Link asChild>
          <RouterLink to={`/laerdommer/${lesson.id}`}>{lesson.title}</RouterLink>
        </Link>
      </Heading>
      <Paragraph data-size="sm">{organisation.name}</Paragraph>
      {lesson.summary && <Paragraph data-size="sm">{lesson.summary}</Paragraph>}
      <div className="lk-tags">
        {lesson.result && (
          <Tag data-color="neutral" data-size="sm" variant="outline">
            {t(`result.${lesson.result}`)}
          </Tag>
        )}
        <Tag data-color="neutral" data-size="sm" variant="outline">
          {t('network.adoptions', { count: lesson.adoptionCount })}
        </Tag>
      </div>
      {children}
    </Card>
  );
}

function PinForm({
  networkId,
  shared,
  onClose,
  onDone,
}: {
  networkId: string;
  shared: Shared;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const counter = useCounter();
  const [pin, { loading }] = useMutation(PinLessonMutation, {
    // The answer is the whole pin: it goes first among the pins, as the API orders them (newest first).
    update: (cache, { data }) =>
      data &&
      addToList(
        cache,
        cache.identify({ __typename: 'Network', id: networkId })!,
        'pins',
        cache.identify({ __typename: 'NetworkPin', id: data.pinLesson.id }),
        'start',
      ),
  });
  const [note, setNote] = useState('');
  useUnsaved(note);
  const labels = { note: t('network.pinNote') };
  const form = useFormErrors('pin-lesson', labels);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkPinNote(new Check(), note);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await pin({ variables: { input: { networkId, lessonId: shared.lesson.id, note: note.trim() } } });
      onDone(t('network.pinned', { title: shared.lesson.title }));
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <form className="lk-form" noValidate onSubmit={onSubmit}>
      <Heading level={2} data-size="sm" id="pin-dialog-heading">
        {t('network.pinHeading', { title: shared.lesson.title })}
      </Heading>
      {form.summary}
      <Textfield
        id={form.id('note')}
        ref={firstField}
        label={labels.note}
        description={t('network.pinNoteHelp')}
        multiline
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={form.error('note')}
        counter={counter(ChallengeLimits.NOTE_MAX)}
      />
      <div className="lk-form__actions">
        <Button type="submit" loading={loading}>
          {t('network.pinSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose} {...DIALOG_CLOSE}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
