import { useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading, Loading } from '../../../app/page';
import { ActionError } from '../../../app/ActionError';
import { NoticeCard } from '../../../ui/NoticeCard';
import { useMarkNotificationsRead } from '../../../ui/notifications';
import { NotificationCentreQuery } from '../graphql/notifications';

/** /varsler: my notifications, newest first; unread marked; mark one or all read. Live through the header badge. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationCentreQuery);
  const [failure, setFailure] = useState<unknown>(null);
  // Optimistic, and the cache (the cards and the header's count) follows: nothing is refetched.
  const { markRead, markAll, loading } = useMarkNotificationsRead();
  const list = data?.notifications ?? [];
  const unread = list.filter((n) => !n.readAt).length;

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
          <Button variant="secondary" data-size="sm" loading={loading} onClick={() => void run(markAll())}>
            {t('notifications.markAllRead')}
          </Button>
        </div>
      )}
      {list.length > 0 && (
        <ul className="lk-cards lk-cards--list" aria-label={t('notifications.centre.title')}>
          {list.map((n) => (
            <li key={n.id} data-unread={n.readAt ? undefined : ''}>
              <NoticeCard notice={n} onMarkRead={() => void run(markRead([n.id]))} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
