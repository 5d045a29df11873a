import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
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
  }
`);

/**
 * The header's link to the notification centre with the unread count, kept live: each new
 * notice (over graphql-ws, only on signed-in pages) raises the count and refetches the
 * notification lists that are open. Its accessible name says the number ("3 uleste varsler").
 */
export default function UnreadBadge() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountQuery);
  useSubscription(NotificationAddedSubscription, {
    onData: () => {
      client.cache.updateQuery({ query: UnreadNotificationCountQuery }, (d) =>
        d ? { ...d, unreadNotificationCount: d.unreadNotificationCount + 1 } : d,
      );
      void client.refetchQueries({ include: ['NotificationCentre', 'Notifications'] });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.centre.badge', { count }) : t('notifications.centre.badgeNone');
  return (
    <NavLink to="/varsler" className="lk-badge-link" aria-label={label} data-testid="unread-badge">
      <span aria-hidden="true">{t('notifications.centre.title')}</span>
      {count > 0 && (
        <span className="lk-badge-link__count" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
