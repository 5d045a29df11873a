import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { allowedExperimentActions, isExperimentOpen } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { PageHeading } from '../../../app/page';
import type { ExperimentDetailFieldsFragment } from '../../../gql/graphql';
import { Timeline } from '../../audit/components/Timeline';
import { ExperimentStateTag } from '../../ideas/components/Tags';
import { ExperimentQuery, StartExperimentMutation } from '../graphql/experiments';
import type { EndKind } from './EndDialog';
import { HypothesisSection } from './HypothesisSection';
import { LearningLog } from './LearningLog';
import { MeasurementsSection } from './MeasurementsSection';
import { TeamSection } from './TeamSection';
import { UnionSection } from './UnionSection';

type Experiment = ExperimentDetailFieldsFragment;

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
  const format = useFormat();
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [ending, setEnding] = useState<EndKind | null>(null);
  // Once loaded, the dialog stays mounted, so closing it returns focus to the button that opened it.
  const [endLoaded, setEndLoaded] = useState(false);
  const [start, starting] = useMutation(StartExperimentMutation, { refetchQueries: ['Experiments'] });
  const allowed = allowedExperimentActions(e.state);
  const open = isExperimentOpen(e.state);
  const editable = e.viewerCan.edit && open;
  const blockedByUnion = e.affectsEmployees && e.unionInvolvements.length === 0;
  const canStart = e.viewerCan.start && allowed.includes('START');

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
          <Paragraph data-size="sm">
            {t('experiment.byline', { owner: e.owner.name, unit: e.unit.name })}
          </Paragraph>
        </div>
      </div>

      <dl className="lk-facts">
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
        <dt>{t('experiment.created')}</dt>
        <dd>{format.date(e.createdAt)}</dd>
        {e.startedAt && (
          <>
            <dt>{t('experiment.startedAt')}</dt>
            <dd>{format.date(e.startedAt)}</dd>
          </>
        )}
        {e.endedAt && (
          <>
            <dt>{t('experiment.endedAt')}</dt>
            <dd>{format.date(e.endedAt)}</dd>
          </>
        )}
      </dl>
      {e.summary.trim() && <Paragraph className="lk-pre">{e.summary}</Paragraph>}

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

      {(canStart ||
        (e.viewerCan.conclude && allowed.includes('CONCLUDE')) ||
        (e.viewerCan.stop && allowed.includes('STOP'))) && (
        <div className="lk-actions">
          {canStart && !blockedByUnion && (
            <Button onClick={() => void onStart()} loading={starting.loading}>
              {t('experiment.start')}
            </Button>
          )}
          {e.viewerCan.conclude && allowed.includes('CONCLUDE') && (
            <Button onClick={() => openEnd('conclude')}>{t('experiment.conclude')}</Button>
          )}
          {e.viewerCan.stop && allowed.includes('STOP') && (
            <Button variant="secondary" data-color="danger" onClick={() => openEnd('stop')}>
              {t('experiment.stop')}
            </Button>
          )}
        </div>
      )}

      {!open && <LearningCardView experiment={e} />}

      <HypothesisSection experiment={e} editable={editable} onReload={reload} />
      <TeamSection experiment={e} editable={editable} onReload={reload} />
      <UnionSection experiment={e} canRecord={e.viewerCan.recordUnionInvolvement && open} />
      <MeasurementsSection experiment={e} editable={editable} />
      <LearningLog experiment={e} canLog={e.viewerCan.log && open} open={open} />

      <section aria-labelledby="exp-timeline" className="lk-stack">
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
