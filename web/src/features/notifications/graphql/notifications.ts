import { graphql } from '../../../gql';

/** /varsler: each card reads its own fields (NoticeCardFields); the page counts the unread. */
export const NotificationCentreQuery = graphql(`
  query NotificationCentre {
    notifications {
      id
      readAt
      ...NoticeCardFields
    }
  }
`);
