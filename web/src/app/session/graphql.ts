import { graphql } from '../../gql';

// The session belongs to the shell: who is signed in and what they may do, signing out,
// and the language saved to the profile. Features read them through the hooks here.

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
      postChallenge
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

// Only the language: the header's switch and sign-in save it; the profile page has its own document.
export const SaveLocaleMutation = graphql(`
  mutation SaveLocale($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      locale
    }
  }
`);
