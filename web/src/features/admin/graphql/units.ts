import { graphql } from '../../../gql';

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
      parentId
      archivedAt
      version
    }
  }
`);

export const RenameUnitMutation = graphql(`
  mutation RenameUnit($input: RenameUnitInput!) {
    renameUnit(input: $input) {
      id
      name
      version
    }
  }
`);

export const MoveUnitMutation = graphql(`
  mutation MoveUnit($input: MoveUnitInput!) {
    moveUnit(input: $input) {
      id
      parentId
      version
    }
  }
`);

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($input: UnitVersionInput!) {
    archiveUnit(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

export const RestoreUnitMutation = graphql(`
  mutation RestoreUnit($input: UnitVersionInput!) {
    restoreUnit(input: $input) {
      id
      archivedAt
      version
    }
  }
`);
