import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Card, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useFormat } from '../app/format';
import { notificationPath, useNotificationSentence } from './notifications';

/** What a notice card shows of a notification (Mitt arbeid and /varsler read the same fields). */
export interface Notice {
  id: string;
  kind: string;
  title: string | null;
  networkName?: string | null;
  organisationName?: string | null;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  experimentId?: string | null;
  createdAt: string;
  readAt?: string | null;
}

/**
 * One notice as a card: "Ny" while unread, its sentence linking to its subject, the reason,
 * the new experiment, when, and "Marker som lest" while unread (`onMarkRead`).
 */
export function NoticeCard({ notice: n, onMarkRead }: { notice: Notice; onMarkRead: () => void }) {
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
