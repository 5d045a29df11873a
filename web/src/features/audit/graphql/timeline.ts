import { graphql } from '../../../gql';

export const TimelineEventFields = graphql(`
  fragment TimelineEventFields on TimelineEvent {
    id
    action
    at
    reason
    before
    after
    actor {
      id
      name
    }
  }
`);
