import { graphql } from '../../../gql';

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      name
      email
      status
      expiresAt
      createdAt
      roles {
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      link
      invitation {
        id
        name
        email
        status
        expiresAt
        createdAt
        roles {
          role
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);
