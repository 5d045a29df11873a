import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Card, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { PageHeading } from '../../../app/page';
import { TableRegion } from '../../../app/TableRegion';
import type { LessonDetailFieldsFragment } from '../../../gql/graphql';
import { TagFacts } from '../../../ui/Tags';
import { FollowButton } from '../../../ui/FollowButton';
import { LessonQuery, SetLessonContactMutation } from '../graphql/lessons';
import { LessonResultTag, LessonStateTag, ResultVerdict } from './LessonTags';
import { ReachDialog, type ReachMode } from './ReachDialog';
import { WithdrawDialog } from './WithdrawDialog';

export type Lesson = LessonDetailFieldsFragment;

/** What the spread slot is given: the lesson as this page read it. */
export interface LessonSlotProps {
  lesson: Lesson;
  reload: () => unknown;
}

/**
 * The lesson page. `spread` fills the marked slot (lineage, roll-up, "Prøv dette hos oss"):
 * the route passes it in (web/src/app/routes.tsx), so this feature imports no other.
 */
export default function LessonPage({ spread }: { spread?: (props: LessonSlotProps) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LessonQuery, { variables: { id } });
  const lesson = data?.lesson;
  if (!lesson)
    return (
      <DetailFallback
        title={t('lessons.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'VALIDATION_FAILED']}
        back={<BackLink to="/laerdommer">{t('lesson.back')}</BackLink>}
      />
    );
  return <LessonView lesson={lesson} reload={() => refetch()} spread={spread} />;
}

function LessonView({
  lesson: l,
  reload,
  spread,
}: LessonSlotProps & { spread?: (props: LessonSlotProps) => ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Arriving from the form after saving: say so once.
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const [status, setStatus] = useState<string | null>(saved ? t('lesson.saved') : null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [reachMode, setReachMode] = useState<ReachMode | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [setContact, settingContact] = useMutation(SetLessonContactMutation);

  async function onContact(consent: boolean) {
    setStatus(null);
    setActionError(null);
    try {
      await setContact({ variables: { id: l.id, consent } });
      setStatus(t(consent ? 'lesson.contactSet' : 'lesson.contactRemoved'));
    } catch (err) {
      setActionError(err);
    }
  }

  const open = (fn: () => void) => () => {
    setStatus(null);
    setActionError(null);
    fn();
  };

  return (
    <div className="lk-stack">
      <div>
        <PageHeading title={l.title}>{l.title}</PageHeading>
        <div className="lk-actions lk-mt">
          <LessonStateTag state={l.state} />
          <LessonResultTag result={l.result} experimentState={l.experimentState} />
          <FollowButton subjectType="LESSON" subjectId={l.id} name={l.title} />
          <Paragraph data-size="sm">
            {t('lesson.byline', { organisation: l.organisation.name })}
            {l.publishedAt && ` · ${t('lesson.publishedOn', { date: format.date(l.publishedAt) })}`}
          </Paragraph>
        </div>
      </div>

      {l.state === 'WITHDRAWN' && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('lesson.withdrawnHeading')}
          </Heading>
          <Paragraph>
            {t('lesson.withdrawnBody', { date: l.withdrawnAt ? format.date(l.withdrawnAt) : '' })}
          </Paragraph>
          {l.withdrawnReason && (
            <Paragraph className="lk-pre">
              <strong>{t('lesson.withdrawReason')}:</strong> {l.withdrawnReason}
            </Paragraph>
          )}
        </Alert>
      )}
      {l.state === 'DRAFT' && (
        <Alert data-color="info">
          <Paragraph>{t('lesson.draftNotice')}</Paragraph>
        </Alert>
      )}

      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {actionError != null && <ActionError error={actionError} onReload={reload} />}

      <LessonActions
        lesson={l}
        busy={settingContact.loading}
        onPublish={open(() => setReachMode('publish'))}
        onChangeReach={open(() => setReachMode('change'))}
        onWithdraw={open(() => setWithdrawing(true))}
        onContact={(consent) => void onContact(consent)}
      />

      <Learning lesson={l} />

      {/* ─── SPREAD SLOT ────────────────────────────────────────────────────────────────
          The spread helper (branch `spread`) mounts here, and only here:
          - the lineage section (adoptions by organisation and unit, the roll-up), and
          - the "Prøv dette hos oss" button.
          It comes in as the `spread` prop, given by the route in app/routes.tsx (a feature
          imports no other feature), and reads what it needs by the lesson's id with its own
          query. Everything above is the learning; everything below is the experiment behind it.
          ─────────────────────────────────────────────────────────────────────────────── */}
      <div id="spredning" className="lk-anchor" data-slot="lesson-spread">
        {spread?.({ lesson: l, reload })}
      </div>

      <ExperimentSummary lesson={l} />

      <section aria-labelledby="lesson-about" className="lk-stack">
        <Heading level={2} data-size="sm" id="lesson-about">
          {t('lesson.about')}
        </Heading>
        <dl className="lk-facts">
          <dt>{t('lesson.organisation')}</dt>
          <dd>
            {l.organisation.name}
            {l.organisation.kommunenummer && ` (${l.organisation.kommunenummer})`}
          </dd>
          <dt>{t('lesson.reachLabel')}</dt>
          <dd>{l.state === 'DRAFT' ? t('lesson.notPublished') : t(`lessonReach.${l.reach}`)}</dd>
          {l.state !== 'DRAFT' && l.reach === 'NETWORK' && (
            <>
              <dt>{t('lesson.networks')}</dt>
              <dd>{l.networks.length ? l.networks.map((n) => n.name).join(', ') : t('lesson.noNetworks')}</dd>
            </>
          )}
          <dt>{t('lesson.contact')}</dt>
          <dd>{l.contactName ?? t('lesson.noContact')}</dd>
          {l.tags.length > 0 && (
            <>
              <dt>{t('lesson.tags')}</dt>
              <dd>{l.tags.join(', ')}</dd>
            </>
          )}
          {l.experiment && (
            <>
              <dt>{t('lesson.experiment')}</dt>
              <dd>
                <Link asChild>
                  <RouterLink to={`/forsok/${l.experiment.id}`}>{l.experiment.title}</RouterLink>
                </Link>
              </dd>
            </>
          )}
        </dl>
        <TagFacts actions={l.actions} sdgs={l.sdgs} theme={l.theme} />
      </section>

      <BackLink to="/laerdommer">{t('lesson.back')}</BackLink>

      <ReachDialog
        lesson={l}
        mode={reachMode}
        onClose={() => setReachMode(null)}
        onDone={setStatus}
        onReload={reload}
      />
      <WithdrawDialog
        lesson={l}
        open={withdrawing}
        onClose={() => setWithdrawing(false)}
        onDone={setStatus}
        onReload={reload}
      />
    </div>
  );
}

/** What the person may do, per `viewerCan` alone. */
function LessonActions({
  lesson: l,
  busy,
  onPublish,
  onChangeReach,
  onWithdraw,
  onContact,
}: {
  lesson: Lesson;
  busy: boolean;
  onPublish: () => void;
  onChangeReach: () => void;
  onWithdraw: () => void;
  onContact: (consent: boolean) => void;
}) {
  const { t } = useTranslation();
  const can = l.viewerCan;
  const contactAction = can.setContact && (can.isContact || !l.contactName);
  if (!can.edit && !can.publish && !can.changeReach && !can.withdraw && !contactAction) return null;
  return (
    <div className="lk-actions">
      {can.publish && <Button onClick={onPublish}>{t('lesson.publish')}</Button>}
      {can.edit && l.experiment && (
        <Button variant="secondary" asChild>
          <RouterLink to={`/forsok/${l.experiment.id}/laerdom`}>{t('lesson.edit')}</RouterLink>
        </Button>
      )}
      {can.changeReach && (
        <Button variant="secondary" onClick={onChangeReach}>
          {t('lesson.changeReach')}
        </Button>
      )}
      {contactAction && (
        <Button variant="secondary" loading={busy} onClick={() => onContact(!can.isContact)}>
          {t(can.isContact ? 'lesson.removeMeAsContact' : 'lesson.nameMeAsContact')}
        </Button>
      )}
      {can.withdraw && (
        <Button variant="secondary" data-color="danger" onClick={onWithdraw}>
          {t('lesson.withdraw')}
        </Button>
      )}
    </div>
  );
}

/** The learning first: the result told honestly, then what was learned. */
function Learning({ lesson: l }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const parts = [
    ['whatWorked', l.whatWorked],
    ['whatDidNot', l.whatDidNot],
    ['advice', l.advice],
    ['conditions', l.conditions],
  ] as const;
  return (
    <section aria-labelledby="lesson-learning" className="lk-stack">
      <Card data-color={l.result === 'SUPPORTED' ? 'success' : 'brand1'} className="lk-learning-card">
        <Heading level={2} data-size="md" id="lesson-learning">
          {t('lesson.learningHeading')}
        </Heading>
        <ResultVerdict result={l.result} experimentState={l.experimentState} />
        {l.summary.trim() ? (
          <Paragraph className="lk-pre">{l.summary}</Paragraph>
        ) : (
          <Paragraph>{t('lesson.noSummary')}</Paragraph>
        )}
        <dl className="lk-facts lk-facts--stacked">
          {parts
            .filter(([, text]) => text.trim())
            .map(([key, text]) => (
              <div key={key}>
                <dt>{t(`lessonForm.${key}`)}</dt>
                <dd className="lk-pre">{text}</dd>
              </div>
            ))}
        </dl>
      </Card>
    </section>
  );
}

/** What an outside reader sees of the experiment: the hypothesis, result, learning card, measurements, partners by kind. */
function ExperimentSummary({ lesson: l }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = l.experimentSummary;
  if (!s) return null;
  const h = s.hypothesis;
  const card = s.learningCard;
  return (
    <section aria-labelledby="lesson-experiment" className="lk-stack">
      <Heading level={2} data-size="sm" id="lesson-experiment">
        {t('lesson.experimentHeading')}
      </Heading>
      <dl className="lk-facts lk-facts--stacked">
        <div>
          <dt>{t('lesson.hypothesis')}</dt>
          <dd>
            {t('lesson.hypothesisSentence', {
              change: h.change || '…',
              targetGroup: h.targetGroup || '…',
              expectedEffect: h.expectedEffect || '…',
            })}
          </dd>
        </div>
        {h.metric && (
          <div>
            <dt>{t('lesson.metric')}</dt>
            <dd>
              {h.metric}
              {h.baseline != null && ` · ${t('lesson.baseline', { value: format.number(h.baseline) })}`}
              {h.target != null && ` · ${t('lesson.target', { value: format.number(h.target) })}`}
              {h.byDate && ` · ${t('lesson.byDate', { date: format.day(h.byDate) })}`}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('card.result')}</dt>
          <dd>
            <LessonResultTag result={s.result} experimentState={s.state} />
          </dd>
        </div>
        {s.stopReason && (
          <div>
            <dt>{t('end.reason')}</dt>
            <dd className="lk-pre">{s.stopReason}</dd>
          </div>
        )}
      </dl>
      {card && (
        <Card data-color="neutral">
          <Heading level={3} data-size="xs">
            {t('card.heading')}
          </Heading>
          <dl className="lk-facts lk-facts--stacked">
            <div>
              <dt>{t('card.believed')}</dt>
              <dd className="lk-pre">{card.believed}</dd>
            </div>
            <div>
              <dt>{t('card.observed')}</dt>
              <dd className="lk-pre">{card.observed}</dd>
            </div>
            <div>
              <dt>{t('card.learned')}</dt>
              <dd className="lk-pre">{card.learned}</dd>
            </div>
            {card.nextStep && (
              <div>
                <dt>{t('card.nextStep')}</dt>
                <dd>{t(`nextStep.${card.nextStep}`)}</dd>
              </div>
            )}
          </dl>
        </Card>
      )}
      <Heading level={3} data-size="xs">
        {t('lesson.measurements')}
      </Heading>
      {s.measurements.length ? (
        <TableRegion label={t('lesson.measurementsCaption', { metric: h.metric })}>
          <Table zebra data-size="sm">
            <caption className="lk-visually-hidden">
              {t('lesson.measurementsCaption', { metric: h.metric })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('lesson.measuredOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('lesson.value')}</Table.HeaderCell>
                <Table.HeaderCell>{t('lesson.vsBaseline')}</Table.HeaderCell>
                <Table.HeaderCell>{t('lesson.vsTarget')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.measurements.map((m) => (
                <Table.Row key={`${m.measuredOn}-${m.value}`}>
                  <Table.Cell>{format.day(m.measuredOn)}</Table.Cell>
                  <Table.Cell>{format.number(m.value)}</Table.Cell>
                  <Table.Cell>
                    {h.baseline != null ? signed(m.value - h.baseline, format.number) : '–'}
                  </Table.Cell>
                  <Table.Cell>
                    {h.target != null ? signed(m.value - h.target, format.number) : '–'}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      ) : (
        <Paragraph>{t('lesson.noMeasurements')}</Paragraph>
      )}
      <Heading level={3} data-size="xs">
        {t('lesson.partners')}
      </Heading>
      <Paragraph>
        {s.partnerKinds.length
          ? s.partnerKinds.map((k) => t(`partnerKind.${k}`)).join(', ')
          : t('lesson.noPartners')}
      </Paragraph>
    </section>
  );
}

const signed = (n: number, fmt: (n: number) => string) => (n > 0 ? `+${fmt(n)}` : fmt(n));
