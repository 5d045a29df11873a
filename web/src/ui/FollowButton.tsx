import { useTranslation } from '../i18n/useTranslation';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import type { FollowSubjectType } from '../gql/graphql';
import { ActionError } from '../app/ActionError';

export const FollowingQuery = graphql(`
  query FollowingSubject($subjectType: FollowSubjectType!, $subjectId: ID!) {
    following(subjectType: $subjectType, subjectId: $subjectId) {
      subjectType
      subjectId
      following
    }
  }
`);

const FollowMutation = graphql(`
  mutation FollowSubject($input: FollowInput!) {
    follow(input: $input) {
      subjectType
      subjectId
      following
    }
  }
`);

const UnfollowMutation = graphql(`
  mutation UnfollowSubject($input: FollowInput!) {
    unfollow(input: $input) {
      subjectType
      subjectId
      following
    }
  }
`);

/**
 * Follow or stop following an idea, experiment, lesson, challenge or network: its news then
 * reaches the notification centre (and the header's count, live). `name` is the subject's
 * title, so the button's accessible name says what it follows.
 */
export function FollowButton({
  subjectType,
  subjectId,
  name,
}: {
  subjectType: FollowSubjectType;
  subjectId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const variables = { subjectType, subjectId };
  const { data } = useQuery(FollowingQuery, { variables });
  const following = data?.following.following ?? false;
  const remember = (cache: ApolloCache, now: { following: boolean } | undefined) => {
    if (now)
      cache.writeQuery({
        query: FollowingQuery,
        variables,
        data: {
          __typename: 'Query',
          following: { __typename: 'FollowState', subjectType, subjectId, following: now.following },
        },
      });
  };
  const [follow, f] = useMutation(FollowMutation, {
    update: (cache, { data: d }) => remember(cache, d?.follow),
  });
  const [unfollow, u] = useMutation(UnfollowMutation, {
    update: (cache, { data: d }) => remember(cache, d?.unfollow),
  });
  const error = f.error ?? u.error;
  if (!data) return null;
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        loading={f.loading || u.loading}
        aria-label={t(following ? 'notifications.follow.unfollowAria' : 'notifications.follow.followAria', {
          name,
        })}
        onClick={() =>
          void (following ? unfollow : follow)({ variables: { input: variables } }).catch(() => undefined)
        }
      >
        {t(following ? 'notifications.follow.unfollow' : 'notifications.follow.follow')}
      </Button>
      {error && <ActionError error={error} />}
    </>
  );
}
