import { graphql } from '../../../../gql';

export const LessonSpreadQuery = graphql(`
  query LessonSpread($id: ID!) {
    lesson(id: $id) {
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
    }
  }
`);
