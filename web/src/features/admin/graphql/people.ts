import { graphql } from '../../../gql';

export const PeopleQuery = graphql(`
  query People {
    people {
      id
      name
      email
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

export const SetRolesMutation = graphql(`
  mutation SetRoles($input: SetRolesInput!) {
    setRoles(input: $input) {
      id
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
