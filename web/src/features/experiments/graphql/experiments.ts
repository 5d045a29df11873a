import { graphql } from '../../../gql';

export const ExperimentListFields = graphql(`
  fragment ExperimentListFields on Experiment {
    id
    title
    state
    entryCount
    lastEntryOn
    createdAt
    startedAt
    unit {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

export const LearningEntryFields = graphql(`
  fragment LearningEntryFields on LearningEntry {
    id
    kind
    entryDate
    promptId
    text
    version
    createdAt
    updatedAt
    viewerCanEdit
    author {
      id
      name
    }
    revisions {
      version
      kind
      promptId
      text
      replacedAt
      editedBy {
        id
        name
      }
    }
  }
`);

export const ExperimentDetailFields = graphql(`
  fragment ExperimentDetailFields on Experiment {
    id
    title
    summary
    state
    version
    acceptableLoss
    actions
    sdgs
    theme
    affectsEmployees
    hours
    nok
    result
    stopReason
    createdAt
    updatedAt
    startedAt
    endedAt
    entryCount
    lastEntryOn
    hypothesis {
      change
      targetGroup
      expectedEffect
      metric
      target
      baseline
      byDate
    }
    learningCard {
      believed
      observed
      learned
      nextStep
    }
    viewerCanWriteLesson
    lesson {
      id
      title
      state
    }
    sourceLesson {
      id
      title
      organisationName
      partnerKinds
    }
    unit {
      id
      name
    }
    owner {
      id
      name
    }
    team {
      id
      name
    }
    idea {
      id
      title
    }
    ...ExperimentPartnersFields @unmask
    ...ExperimentUnionFields @unmask
    ...ExperimentMeasurementsFields @unmask
    ...ExperimentLearningLogFields @unmask
    ...ExperimentActionsFields @unmask
    ...ExperimentTimelineFields @unmask
  }
`);

export const ExperimentsQuery = graphql(`
  query Experiments(
    $scope: ListScope!
    $first: Int
    $after: String
    $filter: ExperimentFilterInput
    $sort: ExperimentSort
  ) {
    experiments(scope: $scope, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        ...ExperimentListFields @unmask
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ExperimentQuery = graphql(`
  query Experiment($id: ID!) {
    experiment(id: $id) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const TeamCandidatesQuery = graphql(`
  query TeamCandidates {
    people {
      id
      name
    }
  }
`);

export const UpdateExperimentMutation = graphql(`
  mutation UpdateExperiment($input: UpdateExperimentInput!) {
    updateExperiment(input: $input) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const SetExperimentTeamMutation = graphql(`
  mutation SetExperimentTeam($input: SetExperimentTeamInput!) {
    setExperimentTeam(input: $input) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const AddPartnerMutation = graphql(`
  mutation AddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      id
      experiment {
        id
        ...ExperimentPartnersFields
        ...ExperimentTimelineFields
      }
    }
  }
`);

export const RemovePartnerMutation = graphql(`
  mutation RemovePartner($id: ID!) {
    removePartner(id: $id) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const RecordUnionInvolvementMutation = graphql(`
  mutation RecordUnionInvolvement($input: RecordUnionInvolvementInput!) {
    recordUnionInvolvement(input: $input) {
      id
      experiment {
        id
        ...ExperimentUnionFields
        ...ExperimentActionsFields
        ...ExperimentTimelineFields
      }
    }
  }
`);

export const AddMeasurementMutation = graphql(`
  mutation AddMeasurement($input: AddMeasurementInput!) {
    addMeasurement(input: $input) {
      id
      experiment {
        id
        ...ExperimentMeasurementsFields
        ...ExperimentTimelineFields
      }
    }
  }
`);

export const StartExperimentMutation = graphql(`
  mutation StartExperiment($input: ExperimentVersionInput!) {
    startExperiment(input: $input) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const ConcludeExperimentMutation = graphql(`
  mutation ConcludeExperiment($input: ConcludeExperimentInput!) {
    concludeExperiment(input: $input) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const StopExperimentMutation = graphql(`
  mutation StopExperiment($input: StopExperimentInput!) {
    stopExperiment(input: $input) {
      ...ExperimentDetailFields @unmask
    }
  }
`);

export const AddLearningEntryMutation = graphql(`
  mutation AddLearningEntry($input: AddLearningEntryInput!) {
    addLearningEntry(input: $input) {
      id
      experiment {
        id
        ...ExperimentLearningLogFields
        ...ExperimentTimelineFields
      }
    }
  }
`);

export const EditLearningEntryMutation = graphql(`
  mutation EditLearningEntry($input: EditLearningEntryInput!) {
    editLearningEntry(input: $input) {
      ...LearningEntryFields @unmask
      experiment {
        id
        ...ExperimentTimelineFields
      }
    }
  }
`);

/** After a conflict on an entry: the log and the timeline as they now are, from the server. */
export const ExperimentLogQuery = graphql(`
  query ExperimentLog($id: ID!) {
    experiment(id: $id) {
      id
      ...ExperimentLearningLogFields @unmask
      ...ExperimentTimelineFields
    }
  }
`);
