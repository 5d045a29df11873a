import { graphql } from '../../../gql';

export const NetworksQuery = graphql(`
  query Networks {
    networks {
      id
      name
      description
      viewerIsCoordinator
      viewerCan {
        invite
        respond
      }
      organisation {
        id
        name
      }
      coordinator {
        id
        name
      }
      myMembership {
        id
        status
        invitedAt
      }
    }
  }
`);

export const NetworkQuery = graphql(`
  query Network($id: ID!) {
    network(id: $id) {
      id
      name
      description
      viewerIsCoordinator
      viewerCan {
        invite
        respond
        pin
        postChallenge
      }
      newestLessons {
        ...SharedLessonFields @unmask
      }
      mostAdoptedLessons {
        ...SharedLessonFields @unmask
      }
      pins {
        id
        note
        pinnedAt
        pinnedBy {
          id
          name
        }
        shared {
          ...SharedLessonFields @unmask
        }
      }
      summary {
        lessons
        byAction {
          key
          count
        }
        byResult {
          key
          count
        }
      }
      challenges {
        id
        title
        deadline
        concerns
      }
      organisation {
        id
        name
      }
      coordinator {
        id
        name
        email
      }
      myMembership {
        id
        status
      }
      members {
        id
        status
        invitedAt
        respondedAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations {
    organisations {
      id
      name
      kind
    }
  }
`);

export const CreateNetworkMutation = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
      description
      viewerIsCoordinator
      viewerCan {
        invite
        respond
        pin
        postChallenge
      }
      organisation {
        id
        name
      }
      coordinator {
        id
        name
      }
      myMembership {
        id
        status
        invitedAt
      }
    }
  }
`);

export const InviteToNetworkMutation = graphql(`
  mutation InviteToNetwork($input: InviteToNetworkInput!) {
    inviteToNetwork(input: $input) {
      id
      status
      invitedAt
      respondedAt
      organisation {
        id
        name
      }
    }
  }
`);

export const RespondToNetworkInvitationMutation = graphql(`
  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {
    respondToNetworkInvitation(input: $input) {
      id
      status
      respondedAt
    }
  }
`);

export const SharedLessonFields = graphql(`
  fragment SharedLessonFields on SharedLesson {
    lesson {
      id
      title
      summary
      result
      experimentState
      adoptionCount
      publishedAt
    }
    organisation {
      id
      name
    }
  }
`);

export const PinLessonMutation = graphql(`
  mutation PinLesson($input: PinLessonInput!) {
    pinLesson(input: $input) {
      id
      note
      pinnedAt
      pinnedBy {
        id
        name
      }
      shared {
        ...SharedLessonFields @unmask
      }
    }
  }
`);

export const UnpinLessonMutation = graphql(`
  mutation UnpinLesson($input: UnpinLessonInput!) {
    unpinLesson(input: $input)
  }
`);
