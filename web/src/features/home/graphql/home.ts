import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      id
      kind
      title
      reason
      readAt
      createdAt
      subjectId
      subjectType
      experimentId
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
