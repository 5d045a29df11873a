import { graphql } from '../../../gql';

export const TimelineEventFields = graphql(`
  fragment TimelineEventFields on TimelineEvent {
    id
    action
    at
    fromState
    toState
    changedFields
    reason
    actor {
      id
      name
    }
  }
`);
