import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ActionError } from '../../../app/ActionError';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { PageHeading } from '../../../app/page';
import { ExperimentStateTag, IdeaStateTag } from '../../../ui/Tags';
import { FollowButton } from '../../../ui/FollowButton';
import type { ChallengeQuery as ChallengeResult } from '../../../gql/graphql';
import { placeChallenge } from '../graphql/cache';
import { ChallengeQuery, CloseChallengeMutation } from '../graphql/challenges';

type Challenge = ChallengeResult['challenge'];

/** /utfordringer/:id: the need, and what came of it here and, as counts and shared lessons, elsewhere. */
export default function ChallengePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ChallengeQuery, { variables: { id } });
  if (!data?.challenge)
    return (
      <DetailFallback
        title={t('challenges.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'FORBIDDEN']}
        back={<BackLink to="/utfordringer">{t('challenge.back')}</BackLink>}
      />
    );
  return <ChallengeView challenge={data.challenge} />;
}

function ChallengeView({ challenge: c }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const [status, setStatus] = useState<string | null>(flash === 'posted' ? t('challenge.posted') : null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [close, closing] = useMutation(CloseChallengeMutation, {
    update: (cache, { data }) => data && placeChallenge(cache, data.closeChallenge),
  });
  const others = c.reach.filter((r) => !r.mine);

  async function onClose() {
    setStatus(null);
    setActionError(null);
    try {
      await close({ variables: { id: c.id } });
      setStatus(t('challenge.closed'));
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <div className="lk-stack">
      <PageHeading title={c.title}>{c.title}</PageHeading>
      <BackLink to="/utfordringer">{t('challenge.back')}</BackLink>
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {actionError != null && <ActionError error={actionError} />}
      <section aria-labelledby="challenge-need" className="lk-stack">
        <Heading level={2} data-size="md" id="challenge-need">
          {t('challenge.needHeading')}
        </Heading>
        <Paragraph className="lk-pre">{c.need}</Paragraph>
        <dl className="lk-facts">
          <dt>{t('challenges.fields.concerns')}</dt>
          <dd>{c.concerns}</dd>
          <dt>{t('challenges.fields.deadline')}</dt>
          <dd>
            <time dateTime={c.deadline}>{format.day(c.deadline)}</time>
          </dd>
          <dt>{t('challenge.postedBy')}</dt>
          <dd>
            {c.network ? (
              <Link asChild>
                <RouterLink to={`/nettverk/${c.network.id}`}>{c.network.name}</RouterLink>
              </Link>
            ) : (
              c.organisation.name
            )}
          </dd>
          <dt>{t('challenge.state')}</dt>
          <dd>
            <Tag data-color={c.state === 'OPEN' ? 'info' : 'neutral'} data-size="sm" className="lk-state">
              {t(`challengeState.${c.state}`)}
            </Tag>
          </dd>
        </dl>
        <div className="lk-actions">
          {c.viewerCan.answer && (
            <Button asChild>
              <RouterLink to={`/ideer/ny?utfordring=${c.id}`}>{t('challenge.answer')}</RouterLink>
            </Button>
          )}
          {c.viewerCan.close && (
            <Button variant="secondary" loading={closing.loading} onClick={() => void onClose()}>
              {t('challenge.close')}
            </Button>
          )}
          <FollowButton subjectType="CHALLENGE" subjectId={c.id} name={c.title} />
        </div>
      </section>

      <section aria-labelledby="challenge-ideas" className="lk-stack">
        <Heading level={2} data-size="md" id="challenge-ideas">
          {t('challenge.ideasHeading')}
        </Heading>
        {c.ideas.length === 0 ? (
          <Paragraph>{t('challenge.noIdeas')}</Paragraph>
        ) : (
          <ul className="lk-plain-list lk-stack">
            {c.ideas.map((i) => (
              <li key={i.id}>
                <Link asChild>
                  <RouterLink to={`/ideer/${i.id}`}>{i.title}</RouterLink>
                </Link>{' '}
                <IdeaStateTag state={i.state} /> <span className="lk-muted">{i.unit.name}</span>
                {i.experiment && (
                  <Paragraph data-size="sm">
                    {t('challenge.experiment')}{' '}
                    <Link asChild>
                      <RouterLink to={`/forsok/${i.experiment.id}`}>{i.experiment.title}</RouterLink>
                    </Link>{' '}
                    <ExperimentStateTag state={i.experiment.state} />
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {c.network && (
        <section aria-labelledby="challenge-elsewhere" className="lk-stack">
          <Heading level={2} data-size="md" id="challenge-elsewhere">
            {t('challenge.elsewhereHeading')}
          </Heading>
          {others.length === 0 ? (
            <Paragraph>{t('challenge.nothingElsewhere')}</Paragraph>
          ) : (
            <ul className="lk-plain-list lk-stack">
              {others.map((r) => (
                <li key={r.organisation.id}>
                  {t('challenge.reachLine', {
                    organisation: r.organisation.name,
                    ideas: t('challenge.ideasCount', { count: r.ideas }),
                    experiments: t('challenge.experimentsCount', { count: r.experiments }),
                    running: r.running,
                    lessons: t('challenge.lessonsCount', { count: r.lessons }),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="challenge-lessons" className="lk-stack">
        <Heading level={2} data-size="md" id="challenge-lessons">
          {t('challenge.lessonsHeading')}
        </Heading>
        {c.lessons.length === 0 ? (
          <Paragraph>{t('challenge.noLessons')}</Paragraph>
        ) : (
          <ul className="lk-plain-list lk-stack">
            {c.lessons.map((l) => (
              <li key={l.lesson.id}>
                <Link asChild>
                  <RouterLink to={`/laerdommer/${l.lesson.id}`}>{l.lesson.title}</RouterLink>
                </Link>{' '}
                <span className="lk-muted">
                  {l.organisation.name}
                  {l.lesson.result ? ` · ${t(`result.${l.lesson.result}`)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
