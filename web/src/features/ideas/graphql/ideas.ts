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
      ...IdeaCommentFields @unmask
    }
    timeline {
      ...TimelineEventFields @unmask
    }
  }
`);

export const IdeaCommentFields = graphql(`
  fragment IdeaCommentFields on IdeaComment {
    id
    text
    createdAt
    author {
      id
      name
    }
  }
`);

export const IdeasQuery = graphql(`
  query Ideas($scope: ListScope!, $first: Int, $after: String, $filter: IdeaFilterInput, $sort: IdeaSort) {
    ideas(scope: $scope, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes {
        ...IdeaListFields @unmask
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The idea for its edit form (the form reads every field itself). */
export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaDetailFields @unmask
    }
  }
`);

/** The idea's page: each part reads its own fragment (IdeaPage.tsx). */
export const IdeaPageQuery = graphql(`
  query IdeaPage($id: ID!) {
    idea(id: $id) {
      id
      ...IdeaViewFields
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      ...ReviewQueueItem @unmask
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
      ...IdeaDetailFields @unmask
    }
  }
`);

export const UpdateIdeaMutation = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      ...IdeaDetailFields @unmask
    }
  }
`);

export const SubmitIdeaMutation = graphql(`
  mutation SubmitIdea($input: IdeaVersionInput!) {
    submitIdea(input: $input) {
      ...IdeaViewFields
    }
  }
`);

export const ApproveIdeaMutation = graphql(`
  mutation ApproveIdea($input: ApproveIdeaInput!) {
    approveIdea(input: $input) {
      ...IdeaViewFields
    }
  }
`);

export const DeclineIdeaMutation = graphql(`
  mutation DeclineIdea($input: DecideIdeaInput!) {
    declineIdea(input: $input) {
      ...IdeaViewFields
    }
  }
`);

export const ParkIdeaMutation = graphql(`
  mutation ParkIdea($input: DecideIdeaInput!) {
    parkIdea(input: $input) {
      ...IdeaViewFields
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

/** The new comment, which the page adds to the idea's comments in the cache (no reload). */
export const CommentOnIdeaMutation = graphql(`
  mutation CommentOnIdea($input: CommentOnIdeaInput!) {
    commentOnIdea(input: $input) {
      ...IdeaCommentFields @unmask
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
