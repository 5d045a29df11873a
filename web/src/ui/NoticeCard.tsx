import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../i18n/useTranslation';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Button, Card, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useFormat } from '../app/format';
import { graphql } from '../gql';
import type { NoticeCardFieldsFragment } from '../gql/graphql';
import { notificationPath, useNotificationSentence } from './notifications';

/**
 * What a notice card shows of a notification: the one field list for Mitt arbeid, /varsler and
 * the live notice (UnreadBadge), which spread it.
 */
export const NoticeCardFields = graphql(`
  fragment NoticeCardFields on Notification {
    id
    kind
    subjectType
    subjectId
    title
    reason
    experimentId
    networkName
    organisationName
    readAt
    createdAt
  }
`);

/**
 * One notice as a card: "Ny" while unread, its sentence linking to its subject, the reason,
 * the new experiment, when, and "Marker som lest" while unread (`onMarkRead`).
 */
export function NoticeCard({
  notice,
  onMarkRead,
}: {
  notice: FragmentType<typeof NoticeCardFields>;
  onMarkRead: () => void;
}) {
  const { data, complete } = useFragment({ fragment: NoticeCardFields, from: notice });
  return complete ? <Notice n={data} onMarkRead={onMarkRead} /> : null;
}

function Notice({ n, onMarkRead }: { n: NoticeCardFieldsFragment; onMarkRead: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useNotificationSentence();
  const to = notificationPath(n);
  return (
    <Card data-color={n.readAt ? 'neutral' : 'info'}>
      <Paragraph>
        {!n.readAt && (
          <>
            <Tag data-color="info" data-size="sm">
              {t('notifications.new')}
            </Tag>{' '}
          </>
        )}
        {to ? (
          <Link asChild>
            <RouterLink to={to}>{sentence(n)}</RouterLink>
          </Link>
        ) : (
          sentence(n)
        )}
      </Paragraph>
      {n.reason && (
        <Paragraph className="lk-pre">
          <strong>{t('notifications.reason')}:</strong> {n.reason}
        </Paragraph>
      )}
      {n.experimentId && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/forsok/${n.experimentId}`}>{t('notifications.toExperiment')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="lk-muted">
        <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
      </Paragraph>
      {!n.readAt && (
        <div>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={t('notifications.markReadAria', { title: n.title ?? '' })}
            onClick={onMarkRead}
          >
            {t('notifications.markRead')}
          </Button>
        </div>
      )}
    </Card>
  );
}
