import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/useTranslation';
import { Alert, Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Check, Limits } from '@laerekraft/shared';
import { ActionError } from '../../../app/ActionError';
import { BackLink, DetailFallback } from '../../../app/DetailFallback';
import { useFormat } from '../../../app/format';
import { useCounter, useFormErrors } from '../../../app/forms';
import { PageHeading } from '../../../app/page';
import { FollowButton } from '../../../ui/FollowButton';
import { graphql } from '../../../gql';
import type { IdeaBackingFieldsFragment, IdeaViewFieldsFragment } from '../../../gql/graphql';
import { Timeline } from '../../../ui/Timeline';
import { BackIdeaMutation, CommentOnIdeaMutation, IdeaPageQuery, SubmitIdeaMutation } from '../graphql/ideas';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { IdeaStateTag, TagFacts } from '../../../ui/Tags';

/**
 * What the page itself shows of an idea. Støtt and comments are their own part (IdeaBackingFields),
 * which the page hands on masked; the decisions return this fragment, so the page follows them
 * without a reload.
 */
export const IdeaViewFields = graphql(`
  fragment IdeaViewFields on Idea {
    id
    title
    needWhose
    needObserved
    proposal
    benefit
    actions
    sdgs
    theme
    state
    version
    hideAuthor
    isMine
    createdAt
    submittedAt
    decidedAt
    decisionReason
    unit {
      id
      name
    }
    author {
      id
      name
    }
    decidedBy {
      id
      name
    }
    experiment {
      id
      title
    }
    sourceLesson {
      id
      title
      organisationName
    }
    challenge {
      id
      title
    }
    viewerCan {
      edit
      submit
      approve
      decline
      park
    }
    timeline {
      ...TimelineEventFields @unmask
    }
    ...IdeaBackingFields
  }
`);

/** Støtt and comments: the count, whether I back it, the comments, and what viewerCan lets me do. */
export const IdeaBackingFields = graphql(`
  fragment IdeaBackingFields on Idea {
    id
    backingCount
    backedByMe
    commentCount
    viewerCan {
      back
      comment
    }
    comments {
      ...IdeaCommentFields @unmask
    }
  }
`);

export default function IdeaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IdeaPageQuery, { variables: { id } });
  const idea = data?.idea;

  if (!idea)
    return (
      <DetailFallback
        title={t('ideas.title')}
        loading={loading}
        error={error}
        notFound={['NOT_FOUND', 'VALIDATION_FAILED']}
        back={<BackLink to="/ideer">{t('idea.back')}</BackLink>}
      />
    );
  return <IdeaView idea={idea} reload={() => refetch()} />;
}

function IdeaView({
  idea: ref,
  reload,
}: {
  idea: FragmentType<typeof IdeaViewFields>;
  reload: () => unknown;
}) {
  const { data: idea, complete } = useFragment({
    fragment: IdeaViewFields,
    fragmentName: 'IdeaViewFields',
    from: ref,
  });
  if (!complete) return null;
  return <IdeaDetails idea={idea} reload={reload} />;
}

type Idea = IdeaViewFieldsFragment;

function IdeaDetails({ idea, reload }: { idea: Idea; reload: () => unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const [status, setStatus] = useState<string | null>(flash === 'submitted' ? t('idea.submitted') : null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  // The answer carries the page's fragment; the lists refetch when they are next shown.
  const [submitIdea, submitting] = useMutation(SubmitIdeaMutation);
  const decided = idea.state === 'APPROVED' || idea.state === 'DECLINED' || idea.state === 'PARKED';

  async function onSubmitIdea() {
    setStatus(null);
    setActionError(null);
    try {
      await submitIdea({ variables: { input: { id: idea.id, version: idea.version } } });
      setStatus(t('idea.submitted'));
    } catch (e) {
      setActionError(e);
    }
  }

  const openDecision = (d: Decision) => {
    setStatus(null);
    setActionError(null);
    setDecision(d);
  };

  return (
    <div className="lk-stack">
      <div>
        <PageHeading title={idea.title}>{idea.title}</PageHeading>
        <div className="lk-actions lk-mt">
          <IdeaStateTag state={idea.state} />
          <FollowButton subjectType="IDEA" subjectId={idea.id} name={idea.title} />
          <Paragraph data-size="sm">
            {t('idea.byline', {
              author: idea.author?.name ?? t('idea.hiddenAuthor'),
              unit: idea.unit.name,
            })}
          </Paragraph>
        </div>
      </div>

      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {actionError != null && <ActionError error={actionError} onReload={reload} />}

      {(idea.viewerCan.edit ||
        idea.viewerCan.submit ||
        idea.viewerCan.approve ||
        idea.viewerCan.decline ||
        idea.viewerCan.park) && (
        <div className="lk-actions">
          {idea.viewerCan.edit && (
            <Button asChild variant="secondary">
              <RouterLink to={`/ideer/${idea.id}/rediger`}>{t('idea.edit')}</RouterLink>
            </Button>
          )}
          {idea.viewerCan.submit && (
            <Button onClick={() => void onSubmitIdea()} loading={submitting.loading}>
              {t('idea.submit')}
            </Button>
          )}
          {idea.viewerCan.approve && (
            <Button onClick={() => openDecision('approve')}>{t('idea.approve')}</Button>
          )}
          {idea.viewerCan.decline && (
            <Button variant="secondary" onClick={() => openDecision('decline')}>
              {t('idea.decline')}
            </Button>
          )}
          {idea.viewerCan.park && (
            <Button variant="secondary" onClick={() => openDecision('park')}>
              {t('idea.park')}
            </Button>
          )}
        </div>
      )}

      {decided && (
        <Card
          data-color={
            idea.state === 'APPROVED' ? 'success' : idea.state === 'DECLINED' ? 'danger' : 'warning'
          }
        >
          <Heading level={2} data-size="xs">
            {t('idea.decision.heading')}
          </Heading>
          <Paragraph>
            {t(`idea.decision.${idea.state}`, {
              by: idea.decidedBy?.name ?? t('timeline.hiddenActor'),
              date: idea.decidedAt ? format.date(idea.decidedAt) : '',
            })}
          </Paragraph>
          {idea.decisionReason && (
            <Paragraph className="lk-pre">
              <strong>{t('idea.decision.reason')}:</strong> {idea.decisionReason}
            </Paragraph>
          )}
          {idea.experiment && (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/forsok/${idea.experiment.id}`}>
                  {t('idea.decision.toExperiment', { title: idea.experiment.title })}
                </RouterLink>
              </Link>
            </Paragraph>
          )}
          {idea.state === 'PARKED' && idea.isMine && <Paragraph>{t('idea.decision.parkedHint')}</Paragraph>}
        </Card>
      )}

      {idea.sourceLesson && (
        <Paragraph data-testid="source-lesson">
          {t('idea.sourceLesson')}{' '}
          <Link asChild>
            <RouterLink to={`/laerdommer/${idea.sourceLesson.id}`}>{idea.sourceLesson.title}</RouterLink>
          </Link>{' '}
          {t('experiment.sourceLessonFrom', { organisation: idea.sourceLesson.organisationName })}
        </Paragraph>
      )}

      <dl className="lk-facts">
        <dt>{t('idea.fields.unit')}</dt>
        <dd>{idea.unit.name}</dd>
        <dt>{t('idea.author')}</dt>
        <dd>
          {idea.author?.name ?? t('idea.hiddenAuthor')}
          {idea.hideAuthor && idea.author && ` (${t('idea.hiddenForColleagues')})`}
        </dd>
        <dt>{t('idea.created')}</dt>
        <dd>{format.date(idea.createdAt)}</dd>
        {idea.submittedAt && (
          <>
            <dt>{t('idea.submittedAt')}</dt>
            <dd>{format.date(idea.submittedAt)}</dd>
          </>
        )}
        {idea.challenge && (
          <>
            <dt>{t('idea.fields.challenge')}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={`/utfordringer/${idea.challenge.id}`}>{idea.challenge.title}</RouterLink>
              </Link>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="idea-need" className="lk-stack">
        <Heading level={2} data-size="sm" id="idea-need">
          {t('idea.needHeading')}
        </Heading>
        <TextBlock heading={t('idea.fields.needWhose')} text={idea.needWhose} />
        <TextBlock heading={t('idea.fields.needObserved')} text={idea.needObserved} />
      </section>

      <section aria-labelledby="idea-proposal" className="lk-stack">
        <Heading level={2} data-size="sm" id="idea-proposal">
          {t('idea.proposalHeading')}
        </Heading>
        <TextBlock heading={t('idea.fields.proposal')} text={idea.proposal} />
        <TextBlock heading={t('idea.fields.benefit')} text={idea.benefit} />
      </section>

      <section aria-labelledby="idea-tags" className="lk-stack">
        <Heading level={2} data-size="sm" id="idea-tags">
          {t('idea.tagsHeading')}
        </Heading>
        <TagFacts actions={idea.actions} sdgs={idea.sdgs} theme={idea.theme} />
      </section>

      {idea.state !== 'DRAFT' && <Backing idea={idea} />}

      <section aria-labelledby="idea-timeline" className="lk-stack">
        <Heading level={2} data-size="sm" id="idea-timeline">
          {t('timeline.heading')}
        </Heading>
        <Timeline events={idea.timeline} stateKey="ideaState" />
      </section>

      <BackLink to="/ideer">{t('idea.back')}</BackLink>

      {(idea.viewerCan.approve || idea.viewerCan.decline || idea.viewerCan.park) && (
        <DecisionDialog
          idea={idea}
          decision={decision}
          onClose={() => setDecision(null)}
          onDone={setStatus}
          onReload={reload}
        />
      )}
    </div>
  );
}

function TextBlock({ heading, text }: { heading: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph className="lk-pre">{text.trim() || t('ideaForm.empty')}</Paragraph>
    </div>
  );
}

/** Støtt and comments: open to everyone who may see a submitted idea. */
function Backing({ idea: ref }: { idea: FragmentType<typeof IdeaBackingFields> }) {
  const { data: idea, complete } = useFragment({
    fragment: IdeaBackingFields,
    fragmentName: 'IdeaBackingFields',
    from: ref,
  });
  if (!complete) return null;
  return <BackingView idea={idea} />;
}

type Backed = IdeaBackingFieldsFragment;

function BackingView({ idea }: { idea: Backed }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counter = useCounter();
  const [backError, setBackError] = useState<unknown>(null);
  const [text, setText] = useState('');
  const [back] = useMutation(BackIdeaMutation);
  // The new comment joins the idea's comments in the cache: no reload of the idea.
  const [comment, commenting] = useMutation(CommentOnIdeaMutation, {
    update(cache, { data }) {
      const added = data?.commentOnIdea;
      if (!added) return;
      cache.modify({
        id: cache.identify({ __typename: 'Idea', id: idea.id }),
        fields: {
          comments: (list, { toReference }) => [
            ...(Array.isArray(list) ? list : []),
            toReference({ __typename: 'IdeaComment', id: added.id }),
          ],
          commentCount: (n: number) => n + 1,
        },
      });
    },
  });
  const labels = { text: t('idea.comments.label') };
  const form = useFormErrors('comment', labels, { headingLevel: 3 });

  async function toggleBacking() {
    setBackError(null);
    const backing = !idea.backedByMe;
    try {
      await back({
        variables: { id: idea.id, backing },
        optimisticResponse: {
          __typename: 'Mutation',
          backIdea: {
            __typename: 'Idea',
            id: idea.id,
            backedByMe: backing,
            backingCount: Math.max(0, idea.backingCount + (backing ? 1 : -1)),
          },
        },
      });
    } catch (e) {
      setBackError(e);
    }
  }

  async function onComment(event: FormEvent) {
    event.preventDefault();
    const check = new Check().required('text', text, Limits.COMMENT_MAX);
    if (!check.ok) return form.failClient(check.errors);
    form.reset();
    try {
      await comment({ variables: { input: { ideaId: idea.id, text: text.trim() } } });
      setText('');
    } catch (e) {
      form.failServer(e);
    }
  }

  return (
    <section aria-labelledby="idea-backing" className="lk-stack">
      <Heading level={2} data-size="sm" id="idea-backing">
        {t('idea.comments.heading')}
      </Heading>
      <div className="lk-actions">
        {idea.viewerCan.back && (
          <Button
            variant={idea.backedByMe ? 'primary' : 'secondary'}
            aria-pressed={idea.backedByMe}
            onClick={() => void toggleBacking()}
          >
            {t('idea.back_button')}
          </Button>
        )}
        <Paragraph aria-live="polite">
          {t('idea.backings', { count: idea.backingCount })}
          {idea.backedByMe && ` ${t('idea.youBack')}`}
        </Paragraph>
      </div>
      {backError != null && <ActionError error={backError} />}

      <Heading level={3} data-size="xs">
        {t('idea.comments.listHeading', { count: idea.comments.length })}
      </Heading>
      {idea.comments.length ? (
        <ol className="lk-comments">
          {idea.comments.map((c) => (
            <li key={c.id}>
              <Paragraph data-size="sm" className="lk-muted">
                {c.author?.name ?? t('idea.hiddenAuthor')},{' '}
                <time dateTime={c.createdAt}>{format.dateTime(c.createdAt)}</time>
              </Paragraph>
              <Paragraph className="lk-pre">{c.text}</Paragraph>
            </li>
          ))}
        </ol>
      ) : (
        <Paragraph>{t('idea.comments.empty')}</Paragraph>
      )}

      {idea.viewerCan.comment && (
        <form className="lk-form" noValidate onSubmit={onComment}>
          {form.summary}
          <Textfield
            id={form.id('text')}
            label={labels.text}
            multiline
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={form.error('text')}
            counter={counter(Limits.COMMENT_MAX)}
          />
          <div className="lk-form__actions">
            <Button type="submit" loading={commenting.loading}>
              {t('idea.comments.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
