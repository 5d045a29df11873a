import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { daysBetween, isExperimentOpen, todayIso } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { PageHeading } from '../../../app/page';
import { FollowButton } from '../../../ui/FollowButton';
import { graphql } from '../../../gql';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { Timeline } from '../../../ui/Timeline';
import { ExperimentStateTag } from '../../../ui/Tags';
import { ExperimentQuery, StartExperimentMutation } from '../graphql/experiments';
import type { EndKind } from './EndDialog';
import { HypothesisSection, HypothesisSentence } from './HypothesisSection';
import { LearningLog } from './LearningLog';
import { MeasurementsSection } from './MeasurementsSection';
import { TeamSection } from './TeamSection';
import { UnionSection } from './UnionSection';

type Experiment = ExperimentDetailFieldsFragment;

/** The page's endringslogg; every change to the experiment or its parts answers with it. */
export const ExperimentTimelineFields = graphql(`
  fragment ExperimentTimelineFields on Experiment {
    id
    timeline {
      ...TimelineEventFields @unmask
    }
  }
`);

/**
 * What the page offers (viewerCan): a change that moves it (union involvement lets a start
 * through) answers with it.
 */
export const ExperimentActionsFields = graphql(`
  fragment ExperimentActionsFields on Experiment {
    id
    viewerCan {
      setTeam
      conclude
      edit
      log
      recordUnionInvolvement
      start
      stop
    }
  }
`);

// The conclude/stop dialog is long and used once per experiment: it loads when opened.
const EndDialog = lazy(() => import('./EndDialog').then((m) => ({ default: m.EndDialog })));

export default function ExperimentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ExperimentQuery, { variables: { id } });
  const experiment = data?.experiment;

  if (!experiment)
    return (
      <DetailFallback
        title={t('experiments.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'VALIDATION_FAILED']}
        back={<BackLink to="/forsok">{t('experiment.back')}</BackLink>}
      />
    );
  return <ExperimentView experiment={experiment} reload={() => refetch()} />;
}

function ExperimentView({ experiment: e, reload }: { experiment: Experiment; reload: () => unknown }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [ending, setEnding] = useState<EndKind | null>(null);
  // Once loaded, the dialog stays mounted, so closing it returns focus to the button that opened it.
  const [endLoaded, setEndLoaded] = useState(false);
  const [start, starting] = useMutation(StartExperimentMutation);
  const open = isExperimentOpen(e.state);
  // Why it may not start yet is told to everyone; whether one may start it is viewerCan's alone.
  const blockedByUnion = e.affectsEmployees && e.unionInvolvements.length === 0;
  const can = e.viewerCan;

  async function onStart() {
    setStatus(null);
    setActionError(null);
    try {
      await start({ variables: { input: { id: e.id, version: e.version } } });
      setStatus(t('experiment.started'));
    } catch (err) {
      setActionError(err);
    }
  }

  const openEnd = (kind: EndKind) => {
    setStatus(null);
    setActionError(null);
    setEnding(kind);
    setEndLoaded(true);
  };

  return (
    <div className="lk-stack">
      <div>
        <PageHeading title={e.title}>{e.title}</PageHeading>
        <div className="lk-actions lk-mt">
          <ExperimentStateTag state={e.state} />
          <FollowButton subjectType="EXPERIMENT" subjectId={e.id} name={e.title} />
          <Paragraph data-size="sm">
            {t('experiment.byline', { owner: e.owner.name, unit: e.unit.name })}
          </Paragraph>
        </div>
      </div>

      {e.summary.trim() && <Paragraph className="lk-pre">{e.summary}</Paragraph>}
      <Overview experiment={e} can={can} blockedByUnion={blockedByUnion} />

      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {actionError != null && <ActionError error={actionError} onReload={reload} />}

      {e.state === 'PLANNED' && blockedByUnion && (
        <Alert data-color="warning">
          <Paragraph>{t('union.requiredBeforeStart')}</Paragraph>
          <Paragraph>
            <Link href="#tillitsvalgte">{t('union.goToSection')}</Link>
          </Paragraph>
        </Alert>
      )}

      {(can.start || can.conclude || can.stop) && (
        <div className="lk-actions">
          {can.start && (
            <Button onClick={() => void onStart()} loading={starting.loading}>
              {t('experiment.start')}
            </Button>
          )}
          {can.conclude && <Button onClick={() => openEnd('conclude')}>{t('experiment.conclude')}</Button>}
          {can.stop && (
            <Button variant="secondary" data-color="danger" onClick={() => openEnd('stop')}>
              {t('experiment.stop')}
            </Button>
          )}
        </div>
      )}

      {e.sourceLesson && <SourceLessonLink lesson={e.sourceLesson} />}

      <SectionNav />

      {!open && <LearningCardView experiment={e} />}
      {!open && (e.lesson || e.viewerCanWriteLesson) && <LessonLink experiment={e} />}

      <div id={SECTION.hypothesis} className="lk-anchor">
        <HypothesisSection experiment={e} editable={can.edit} onReload={reload} />
      </div>
      <div id={SECTION.team} className="lk-anchor">
        <TeamSection experiment={e} canSetTeam={can.setTeam} editable={can.edit} onReload={reload} />
      </div>
      {/* The union section carries its own id ("tillitsvalgte"), which links elsewhere point at. */}
      <div className="lk-anchor">
        <UnionSection experiment={e} canRecord={can.recordUnionInvolvement} />
      </div>
      <div id={SECTION.measurements} className="lk-anchor">
        <MeasurementsSection experiment={e} editable={can.edit} />
      </div>
      <div id={SECTION.log} className="lk-anchor">
        <LearningLog experiment={e} canLog={can.log} />
      </div>

      <section aria-labelledby="exp-timeline" className="lk-stack lk-anchor" id={SECTION.timeline}>
        <Heading level={2} data-size="sm" id="exp-timeline">
          {t('timeline.heading')}
        </Heading>
        <Timeline events={e.timeline} stateKey="experimentState" />
      </section>

      <BackLink to="/forsok">{t('experiment.back')}</BackLink>

      {endLoaded && (
        <Suspense fallback={null}>
          <EndDialog
            experiment={e}
            kind={ending}
            onClose={() => setEnding(null)}
            onDone={setStatus}
            onReload={reload}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Where the in-page navigation leads (the union section's id is its own). */
const SECTION = {
  overview: 'oversikt',
  hypothesis: 'hypotese',
  team: 'team',
  union: 'tillitsvalgte',
  measurements: 'malinger',
  log: 'laeringslogg',
  timeline: 'endringslogg',
} as const;

/** The sections of the workspace, one link each. */
function SectionNav() {
  const { t } = useTranslation();
  const links: [string, string][] = [
    [SECTION.hypothesis, t('hypothesis.heading')],
    [SECTION.team, t('team.heading')],
    [SECTION.union, t('union.heading')],
    [SECTION.measurements, t('measurements.heading')],
    [SECTION.log, t('log.heading')],
    [SECTION.timeline, t('timeline.heading')],
  ];
  return (
    <nav aria-label={t('workspace.sectionsNav')} className="lk-toc">
      <ul>
        {links.map(([id, label]) => (
          <li key={id}>
            <Link href={`#${id}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A log entry this recent needs no nudge to write another. */
const RECENT_ENTRY_DAYS = 7;

/** What someone opening the experiment needs first: the claim, where it stands, and what comes next. */
function Overview({
  experiment: e,
  can,
  blockedByUnion,
}: {
  experiment: Experiment;
  can: Experiment['viewerCan'];
  blockedByUnion: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const h = e.hypothesis;
  const latest = [...e.measurements].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn))[0];
  const lowerIsBetter = h.target != null && h.baseline != null && h.target < h.baseline;
  const reached =
    latest && h.target != null ? (lowerIsBetter ? latest.value <= h.target : latest.value >= h.target) : null;

  // The next step, told to the viewer: what they can do now, or (for someone who follows the
  // experiment without working on it) what the team does next.
  let next: { text: string; href?: string };
  const recent = e.lastEntryOn != null && daysBetween(e.lastEntryOn, todayIso()) < RECENT_ENTRY_DAYS;
  if (e.state === 'PLANNED')
    next = blockedByUnion
      ? can.recordUnionInvolvement
        ? { text: t('workspace.next.union'), href: `#${SECTION.union}` }
        : { text: t('workspace.next.unionAwaited'), href: `#${SECTION.union}` }
      : { text: can.start ? t('workspace.next.start') : t('workspace.next.planned') };
  else if (e.state === 'RUNNING')
    next = !(can.edit || can.log)
      ? e.lastEntryOn
        ? {
            text: t('workspace.next.teamLogged', { date: format.day(e.lastEntryOn) }),
            href: `#${SECTION.log}`,
          }
        : { text: t('workspace.next.teamRunning') }
      : !e.measurements.length && can.edit
        ? { text: t('workspace.next.measure'), href: `#${SECTION.measurements}` }
        : !e.lastEntryOn
          ? { text: t('workspace.next.log'), href: `#${SECTION.log}` }
          : recent
            ? {
                text: t('workspace.next.logRecent', { date: format.day(e.lastEntryOn) }),
                href: `#${SECTION.log}`,
              }
            : {
                text: t('workspace.next.logSince', { date: format.day(e.lastEntryOn) }),
                href: `#${SECTION.log}`,
              };
  else
    next = e.learningCard
      ? { text: t('workspace.next.ended', { step: t(`nextStep.${e.learningCard.nextStep}`) }) }
      : { text: t('card.missing') };

  return (
    <section aria-labelledby="exp-overview" id={SECTION.overview} className="lk-overview">
      <Card data-color="neutral">
        <Heading level={2} data-size="sm" id="exp-overview">
          {t('workspace.overview')}
        </Heading>
        <dl className="lk-facts">
          <dt>{t('hypothesis.heading')}</dt>
          <dd>
            <HypothesisSentence experiment={e} />
          </dd>
          <dt>{t('workspace.state')}</dt>
          <dd>
            <ExperimentStateTag state={e.state} />{' '}
            {e.endedAt
              ? t('workspace.endedOn', { date: format.date(e.endedAt) })
              : e.startedAt
                ? t('workspace.startedOn', { date: format.date(e.startedAt) })
                : t('workspace.createdOn', { date: format.date(e.createdAt) })}
          </dd>
          <dt>{t('workspace.latest')}</dt>
          <dd>
            {latest ? (
              <>
                {t('workspace.latestValue', {
                  value: format.number(latest.value),
                  date: format.day(latest.measuredOn),
                })}
                {h.target != null && ` ${t('workspace.against', { target: format.number(h.target) })}`}
                {reached != null &&
                  ` ${t(reached ? 'measurements.chartReached' : 'measurements.chartNotReached')}`}
              </>
            ) : (
              t('measurements.empty')
            )}
          </dd>
          <dt>{t('workspace.nextStep')}</dt>
          <dd>{next.href ? <Link href={next.href}>{next.text}</Link> : next.text}</dd>
          {e.idea && (
            <>
              <dt>{t('experiment.fromIdea')}</dt>
              <dd>
                <Link asChild>
                  <RouterLink to={`/ideer/${e.idea.id}`}>{e.idea.title}</RouterLink>
                </Link>
              </dd>
            </>
          )}
        </dl>
      </Card>
    </section>
  );
}

/** The learning card, shown first once the experiment is over. */
function LearningCardView({ experiment: e }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const card = e.learningCard;
  const outcome = e.state === 'STOPPED' ? t('result.STOPPED') : e.result ? t(`result.${e.result}`) : null;
  return (
    <section aria-labelledby="exp-card">
      <Card data-color={e.result === 'SUPPORTED' ? 'success' : 'brand1'} className="lk-learning-card">
        <Heading level={2} data-size="md" id="exp-card">
          {t('card.heading')}
        </Heading>
        {outcome && (
          <Paragraph data-size="lg">
            <strong>{t('card.result')}:</strong> {outcome}
          </Paragraph>
        )}
        {e.stopReason && (
          <Paragraph className="lk-pre">
            <strong>{t('end.reason')}:</strong> {e.stopReason}
          </Paragraph>
        )}
        {card ? (
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
            <div>
              <dt>{t('card.nextStep')}</dt>
              <dd>{t(`nextStep.${card.nextStep}`)}</dd>
            </div>
          </dl>
        ) : (
          <Paragraph>{t('card.missing')}</Paragraph>
        )}
        <Paragraph>{t(e.result === 'SUPPORTED' ? 'card.successSupported' : 'card.successMethod')}</Paragraph>
      </Card>
    </section>
  );
}

/** "Bygger på lærdom: …": the lesson this experiment adopts, by its id and title (from this page's own query). */
function SourceLessonLink({ lesson }: { lesson: NonNullable<Experiment['sourceLesson']> }) {
  const { t } = useTranslation();
  return (
    <Paragraph data-testid="source-lesson">
      {t('experiment.sourceLesson')}{' '}
      <Link asChild>
        <RouterLink to={`/laerdommer/${lesson.id}`}>{lesson.title}</RouterLink>
      </Link>{' '}
      {t('experiment.sourceLessonFrom', { organisation: lesson.organisationName })}
      {lesson.partnerKinds.length > 0 &&
        ` ${t('experiment.sourcePartners', { kinds: lesson.partnerKinds.map((k) => t(`partnerKind.${k}`)).join(', ') })}`}
    </Paragraph>
  );
}

/** The experiment's lesson (lærdom): a link to it, or to writing it. The lesson pages are their own feature. */
function LessonLink({ experiment: e }: { experiment: Experiment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="exp-lesson" className="lk-stack">
      <Heading level={2} data-size="sm" id="exp-lesson">
        {t('experiment.lessonHeading')}
      </Heading>
      {e.lesson ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/laerdommer/${e.lesson.id}`}>{e.lesson.title}</RouterLink>
          </Link>{' '}
          ({t(`lessonState.${e.lesson.state}`)})
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('experiment.lessonInvite')}</Paragraph>
          <div>
            <Button asChild>
              <RouterLink to={`/forsok/${e.id}/laerdom`}>{t('experiment.writeLesson')}</RouterLink>
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
