import { graphql } from '../../../gql';

export const LessonListFields = graphql(`
  fragment LessonListFields on Lesson {
    id
    title
    summary
    state
    reach
    result
    experimentState
    actions
    publishedAt
    createdAt
    organisation {
      id
      name
      kommunenummer
    }
  }
`);

export const LessonDetailFields = graphql(`
  fragment LessonDetailFields on Lesson {
    id
    title
    summary
    whatWorked
    whatDidNot
    advice
    conditions
    tags
    state
    reach
    version
    result
    experimentState
    actions
    sdgs
    theme
    partnerKinds
    contactName
    adoptionCount
    publishedAt
    withdrawnAt
    withdrawnReason
    createdAt
    updatedAt
    organisation {
      id
      name
      kommunenummer
    }
    networks {
      id
      name
    }
    shareableNetworks {
      id
      name
    }
    experiment {
      id
      title
    }
    experimentSummary {
      title
      state
      result
      stopReason
      startedAt
      endedAt
      partnerKinds
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
    }
    viewerCan {
      edit
      publish
      changeReach
      withdraw
      setContact
      isContact
      reaches
    }
  }
`);

export const LessonsQuery = graphql(`
  query Lessons(
    $first: Int
    $after: String
    $reach: LessonReach
    $result: ExperimentResult
    $action: InnovationAction
    $mine: Boolean
  ) {
    lessons(first: $first, after: $after, reach: $reach, result: $result, action: $action, mine: $mine) {
      nodes {
        ...LessonListFields @unmask
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LessonQuery = graphql(`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      ...LessonDetailFields @unmask
    }
  }
`);

/** The form's starting point: the experiment (for a new lesson) and its lesson, if any. */
export const LessonFormQuery = graphql(`
  query LessonForm($experimentId: ID!) {
    experiment(id: $experimentId) {
      id
      title
      state
      result
      learningCard {
        learned
      }
      viewerCanWriteLesson
      lesson {
        ...LessonDetailFields @unmask
      }
    }
  }
`);

export const CreateLessonMutation = graphql(`
  mutation CreateLesson($experimentId: ID!, $input: CreateLessonInput) {
    createLesson(experimentId: $experimentId, input: $input) {
      ...LessonDetailFields @unmask
    }
  }
`);

export const UpdateLessonMutation = graphql(`
  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {
    updateLesson(id: $id, version: $version, input: $input) {
      ...LessonDetailFields @unmask
    }
  }
`);

export const PublishLessonMutation = graphql(`
  mutation PublishLesson($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {
    publishLesson(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {
      ...LessonDetailFields @unmask
    }
  }
`);

export const ChangeLessonReachMutation = graphql(`
  mutation ChangeLessonReach($id: ID!, $version: Int!, $reach: LessonReach!, $networkIds: [ID!]!) {
    changeLessonReach(id: $id, version: $version, reach: $reach, networkIds: $networkIds) {
      ...LessonDetailFields @unmask
    }
  }
`);

export const WithdrawLessonMutation = graphql(`
  mutation WithdrawLesson($id: ID!, $version: Int!, $reason: String!) {
    withdrawLesson(id: $id, version: $version, reason: $reason) {
      ...LessonDetailFields @unmask
    }
  }
`);

export const SetLessonContactMutation = graphql(`
  mutation SetLessonContact($id: ID!, $consent: Boolean!) {
    setLessonContact(id: $id, consent: $consent) {
      ...LessonDetailFields @unmask
    }
  }
`);
