import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { PageHeading, Loading } from '../../../app/page';
import { ActionError } from '../../../app/ActionError';
import { useFormat } from '../../../app/format';
import { notificationPath, useNotificationSentence } from '../../../ui/notifications';
import {
  MarkAllNotificationsReadMutation,
  MarkCentreNotificationsReadMutation,
  NotificationCentreQuery,
} from '../graphql/notifications';

/** /varsler: my notifications, newest first; unread marked; mark one or all read. Live through the header badge. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(NotificationCentreQuery);
  const [failure, setFailure] = useState<unknown>(null);
  const refetchQueries = ['UnreadNotificationCount', 'NotificationCentre'];
  const [markOne] = useMutation(MarkCentreNotificationsReadMutation, { refetchQueries });
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries,
  });
  const list = data?.notifications ?? [];
  const unread = list.filter((n) => !n.readAt).length;

  const sentence = useNotificationSentence();
  const run = async (p: Promise<unknown>) => {
    setFailure(null);
    try {
      await p;
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <div className="lk-stack">
      <PageHeading title={t('notifications.centre.title')}>{t('notifications.centre.title')}</PageHeading>
      <Paragraph>{t('notifications.centre.intro')}</Paragraph>
      {error && <ActionError error={error} />}
      {failure != null && <ActionError error={failure} />}
      {!data && !error && <Loading />}
      {data && !list.length && <Paragraph>{t('notifications.empty')}</Paragraph>}
      {unread > 0 && (
        <div>
          <Button variant="secondary" data-size="sm" loading={markingAll} onClick={() => void run(markAll())}>
            {t('notifications.markAllRead')}
          </Button>
        </div>
      )}
      {list.length > 0 && (
        <ul className="lk-cards lk-cards--list" aria-label={t('notifications.centre.title')}>
          {list.map((n) => {
            const to = notificationPath(n);
            return (
              <li key={n.id} data-unread={n.readAt ? undefined : ''}>
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
                        <RouterLink to={`/forsok/${n.experimentId}`}>
                          {t('notifications.toExperiment')}
                        </RouterLink>
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
                        onClick={() => void run(markOne({ variables: { ids: [n.id] } }))}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    </div>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
