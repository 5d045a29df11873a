import { graphql } from '../../../gql';

export const NotificationCentreQuery = graphql(`
  query NotificationCentre {
    notifications {
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

export const MarkCentreNotificationsReadMutation = graphql(`
  mutation MarkCentreNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
