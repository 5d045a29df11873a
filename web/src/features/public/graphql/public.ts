import { graphql } from '../../../gql';

export const PublicLessonsQuery = graphql(`
  query PublicLessons($first: Int, $after: String) {
    publicLessons(first: $first, after: $after) {
      nodes {
        id
        title
        summary
        result
        experimentState
        publishedAt
        organisation {
          name
          kommune
        }
        rollup {
          adoptions
          organisations
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PublicLessonQuery = graphql(`
  query PublicLesson($id: ID!) {
    publicLesson(id: $id) {
      id
      title
      summary
      whatWorked
      whatDidNot
      advice
      conditions
      tags
      experimentState
      result
      actions
      sdgs
      theme
      partnerKinds
      contactName
      publishedAt
      organisation {
        name
        kind
        kommune
        fylke
      }
      experimentSummary {
        hypothesis {
          change
          targetGroup
          expectedEffect
          metric
          baseline
          target
          byDate
        }
        learningCard {
          believed
          observed
          learned
          nextStep
        }
        measurements {
          measuredOn
          value
        }
        partnerKinds
      }
      rollup {
        adoptions
        organisations
        inProgress
        supported
        notSupported
        inconclusive
        stopped
        notShared
      }
    }
  }
`);
