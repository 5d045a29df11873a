import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../i18n/useTranslation';
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useFormat } from '../app/format';
import { graphql } from '../gql';
import type { ReviewQueueItemFragment } from '../gql/graphql';

/** What `ReviewQueueList` shows of an idea; spread it into the `reviewQueue` a page reads. */
export const ReviewQueueItem = graphql(`
  fragment ReviewQueueItem on Idea {
    id
    title
    state
    submittedAt
    waitingDays
    hideAuthor
    unit {
      id
      name
    }
    author {
      id
      name
    }
  }
`);

type QueuedIdea = ReviewQueueItemFragment;

/** Submitted ideas waiting for my decision, oldest first, with how long each has waited. */
export function ReviewQueueList({
  ideas,
  headingLevel,
  limit,
}: {
  ideas: readonly QueuedIdea[];
  headingLevel: 2 | 3;
  limit?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!ideas.length) return <Paragraph>{t('review.empty')}</Paragraph>;
  const shown = limit ? ideas.slice(0, limit) : ideas;
  return (
    <ul className="lk-cards lk-cards--list">
      {shown.map((idea) => (
        <li key={idea.id}>
          <Card data-color="neutral">
            <Heading level={headingLevel} data-size="xs">
              <Link asChild>
                <RouterLink to={`/ideer/${idea.id}`}>{idea.title}</RouterLink>
              </Link>
            </Heading>
            <Paragraph data-size="sm">
              {t('review.meta', {
                unit: idea.unit.name,
                author: idea.author?.name ?? t('idea.hiddenAuthor'),
              })}
            </Paragraph>
            <Paragraph data-size="sm">
              {idea.waitingDays ? t('review.waiting', { count: idea.waitingDays }) : t('review.waitingToday')}
              {idea.submittedAt && <> ({t('review.submittedOn', { date: format.date(idea.submittedAt) })})</>}
            </Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}
