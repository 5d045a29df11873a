import { graphql } from '../../../../gql';

/** What the spread section shows of a lesson: read by its query, and answered by an adoption. */
export const LessonSpreadFields = graphql(`
  fragment LessonSpreadFields on Lesson {
    id
    title
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
    adoptions {
      id
      organisationName
      unitName
      state
      depth
      adoptedAt
      resultShared
      result
      lesson {
        id
        title
      }
      measured {
        metric
        baseline
        latest
        target
        change
      }
    }
    viewerCanAdopt {
      asExperiment
      asIdea
    }
  }
`);

export const LessonSpreadQuery = graphql(`
  query LessonSpread($id: ID!) {
    lesson(id: $id) {
      ...LessonSpreadFields @unmask
    }
  }
`);

/** The dialog's own query: where the viewer may try it (read when the dialog opens). */
export const LessonAdoptOptionsQuery = graphql(`
  query LessonAdoptOptions($id: ID!) {
    lesson(id: $id) {
      id
      adoptOptions {
        asIdea
        units {
          id
          name
        }
        ownUnitId
      }
    }
  }
`);

export const AdoptLessonMutation = graphql(`
  mutation AdoptLesson($input: AdoptLessonInput!) {
    adoptLesson(input: $input) {
      adoptionId
      state
      experiment {
        id
      }
      idea {
        id
      }
      lesson {
        ...LessonSpreadFields @unmask
        adoptionCount
      }
    }
  }
`);
