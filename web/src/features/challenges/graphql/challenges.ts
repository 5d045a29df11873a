import { graphql } from '../../../gql';

export const ChallengesQuery = graphql(`
  query Challenges($after: String) {
    challenges(first: 20, after: $after) {
      nodes {
        id
        title
        concerns
        deadline
        state
        network {
          id
          name
        }
        organisation {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    networks {
      id
      name
      viewerCan {
        postChallenge
      }
    }
  }
`);

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      need
      concerns
      deadline
      state
      createdAt
      closedAt
      network {
        id
        name
      }
      organisation {
        id
        name
      }
      viewerCan {
        close
        answer
      }
      ideas {
        id
        title
        state
        unit {
          id
          name
        }
        experiment {
          id
          title
          state
        }
      }
      reach {
        organisation {
          id
          name
        }
        ideas
        experiments
        running
        lessons
        mine
      }
      lessons {
        lesson {
          id
          title
          result
          experimentState
          publishedAt
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const PostChallengeMutation = graphql(`
  mutation PostChallenge($input: PostChallengeInput!) {
    postChallenge(input: $input) {
      id
      title
      concerns
      deadline
      state
      network {
        id
        name
      }
      organisation {
        id
        name
      }
      viewerCan {
        close
        answer
      }
    }
  }
`);

export const CloseChallengeMutation = graphql(`
  mutation CloseChallenge($id: ID!) {
    closeChallenge(id: $id) {
      id
      state
      closedAt
      network {
        id
      }
    }
  }
`);
