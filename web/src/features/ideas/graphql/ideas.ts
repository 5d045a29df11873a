import { graphql } from '../../../gql';

export const IdeaListFields = graphql(`
  fragment IdeaListFields on Idea {
    id
    title
    state
    hideAuthor
    isMine
    backingCount
    commentCount
    createdAt
    updatedAt
    submittedAt
    unit {
      id
      name
    }
    author {
      id
      name
    }
  }
`);

export const IdeaDetailFields = graphql(`
  fragment IdeaDetailFields on Idea {
    id
    title
    needWhose
    needObserved
    proposal
    benefit
    actions
    sdgs
    theme
    state
    version
    hideAuthor
    isMine
    createdAt
    updatedAt
    submittedAt
    decidedAt
    decisionReason
    waitingDays
    backingCount
    backedByMe
    commentCount
    unit {
      id
      name
    }
    author {
      id
      name
    }
    decidedBy {
      id
      name
    }
    experiment {
      id
      title
    }
    sourceLesson {
      id
      title
      organisationName
    }
    challenge {
      id
      title
    }
    viewerCan {
      edit
      submit
      approve
      decline
      park
      back
      comment
    }
    comments {
      id
      text
      createdAt
      author {
        id
        name
      }
    }
    timeline {
      ...TimelineEventFields
    }
  }
`);

export const IdeasQuery = graphql(`
  query Ideas($scope: ListScope!, $first: Int, $after: String, $filter: IdeaFilterInput, $sort: IdeaSort) {
    ideas(scope: $scope, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        ...IdeaListFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaDetailFields
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      ...ReviewQueueItem
    }
  }
`);

export const PeoplePickerQuery = graphql(`
  query PeoplePicker {
    people {
      id
      name
    }
  }
`);

export const CreateIdeaMutation = graphql(`
  mutation CreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const UpdateIdeaMutation = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const SubmitIdeaMutation = graphql(`
  mutation SubmitIdea($input: IdeaVersionInput!) {
    submitIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const ApproveIdeaMutation = graphql(`
  mutation ApproveIdea($input: ApproveIdeaInput!) {
    approveIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const DeclineIdeaMutation = graphql(`
  mutation DeclineIdea($input: DecideIdeaInput!) {
    declineIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const ParkIdeaMutation = graphql(`
  mutation ParkIdea($input: DecideIdeaInput!) {
    parkIdea(input: $input) {
      ...IdeaDetailFields
    }
  }
`);

export const BackIdeaMutation = graphql(`
  mutation BackIdea($id: ID!, $backing: Boolean!) {
    backIdea(id: $id, backing: $backing) {
      id
      backedByMe
      backingCount
    }
  }
`);

export const CommentOnIdeaMutation = graphql(`
  mutation CommentOnIdea($input: CommentOnIdeaInput!) {
    commentOnIdea(input: $input) {
      id
      text
      createdAt
      author {
        id
        name
      }
    }
  }
`);

/** Open challenges an idea may answer (my organisation's and my networks'). */
export const AnswerableChallengesQuery = graphql(`
  query AnswerableChallenges {
    challenges(first: 50) {
      nodes {
        id
        title
        network {
          id
          name
        }
        viewerCan {
          answer
        }
      }
    }
  }
`);
