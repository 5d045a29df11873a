import { NavLink } from 'react-router-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { useQuery, useSubscription } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
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
      ...NoticeCardFields
    }
  }
`);

/**
 * The header's link to the notification centre with the unread count, kept live: each new
 * notice (over graphql-ws, only on signed-in pages) raises the count and joins the
 * notification lists in the cache (no refetch). Its accessible name says the number ("3 uleste varsler").
 */
export default function UnreadBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountQuery);
  useSubscription(NotificationAddedSubscription, {
    // The notice arrives with the card's fields (already in the cache as Notification:id): it
    // goes first in the open lists (at most 50, as the API keeps them) and raises the count.
    onData: ({ client, data: { data } }) => {
      const added = data?.notificationAdded;
      if (!added) return;
      client.cache.modify({
        fields: {
          unreadNotificationCount: (n) => (typeof n === 'number' ? n + 1 : n),
          notifications: (list, { toReference, readField }) => {
            if (!Array.isArray(list)) return list;
            const ref = toReference({ __typename: 'Notification', id: added.id });
            const rest = (list as Reference[]).filter((r) => readField('id', r) !== added.id);
            return ref ? [ref, ...rest].slice(0, 50) : list;
          },
        },
      });
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
