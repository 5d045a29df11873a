import { useTranslation } from '../i18n/useTranslation';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/**
 * Marks notices read in the cache: their `readAt`, and the header's unread count by as many as
 * were unread (`ids` null: every notice in the lists, and the count to 0). Runs for the
 * optimistic answer at once and again for the server's, so nothing is refetched.
 */
function markReadInCache(cache: ApolloCache, ids: readonly string[] | null, now: string) {
  let targets: (string | undefined)[] = [];
  if (ids) targets = ids.map((id) => cache.identify({ __typename: 'Notification', id }));
  else
    cache.modify({
      fields: {
        notifications(list) {
          if (Array.isArray(list)) targets = (list as Reference[]).map((ref) => cache.identify(ref));
          return list;
        },
      },
    });
  let changed = 0;
  for (const id of targets)
    if (id)
      cache.modify({
        id,
        fields: {
          readAt(value) {
            if (value) return value;
            changed += 1;
            return now;
          },
        },
      });
  cache.modify({
    fields: {
      unreadNotificationCount: (n) => (ids && typeof n === 'number' ? Math.max(0, n - changed) : 0),
    },
  });
}

/** «Marker som lest» (some) and «Marker alle som lest»: shown at once, kept when the server agrees. */
export function useMarkNotificationsRead() {
  const [markSome, some] = useMutation(MarkNotificationsReadMutation);
  const [markEvery, every] = useMutation(MarkAllNotificationsReadMutation);
  return {
    loading: some.loading || every.loading,
    markRead: (ids: readonly string[]) => {
      const now = new Date().toISOString();
      return markSome({
        variables: { ids: [...ids] },
        optimisticResponse: { __typename: 'Mutation', markNotificationsRead: ids.length },
        update: (cache) => markReadInCache(cache, ids, now),
      });
    },
    markAll: () => {
      const now = new Date().toISOString();
      return markEvery({
        optimisticResponse: { __typename: 'Mutation', markAllNotificationsRead: 0 },
        update: (cache) => markReadInCache(cache, null, now),
      });
    },
  };
}

/** Where a notice leads: its subject's page. */
const PATHS: Record<string, string> = {
  idea: '/ideer/',
  experiment: '/forsok/',
  lesson: '/laerdommer/',
  network: '/nettverk/',
  challenge: '/utfordringer/',
};

export function notificationPath(n: { subjectType: string; subjectId: string }): string | null {
  const base = PATHS[n.subjectType.toLowerCase()];
  return base ? `${base}${n.subjectId}` : null;
}

/** A notice as a sentence in the reader's language, from its kind and payload (Mitt arbeid and /varsler alike). */
export function useNotificationSentence() {
  const { t } = useTranslation();
  return (n: {
    kind: string;
    title: string | null;
    networkName?: string | null;
    organisationName?: string | null;
  }) => {
    const title = n.title ?? t('notifications.untitled');
    const network = n.networkName ?? t('notifications.centre.aNetwork');
    // An adoption names the organisation trying it (a public fact) when the notice carries it.
    const named = (n.kind === 'lesson.adopted' || n.kind === 'lesson.proposed') && n.organisationName;
    const kind = named ? `${n.kind}By` : n.kind;
    return t(`notifications.kind.${kind}`, {
      title,
      network,
      organisation: n.organisationName ?? '',
      defaultValue: t('notifications.kind.other', { title }),
    });
  };
}
