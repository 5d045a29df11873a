import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      locale
      roles {
        role
        unit {
          id
          name
        }
      }
      organisation {
        id
        name
        kind
      }
      unit {
        id
        name
      }
    }
    viewerCan {
      administer
      createIdea
      reviewIdeas
      createExperiment
      createNetwork
      respondToNetworkInvitations
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      name
      locale
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organisationName
      name
      email
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      name
      locale
    }
  }
`);
