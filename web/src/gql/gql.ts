/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveUnitDocument,
    "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.RestoreUnitDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteToNetworkDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n": typeof types.RespondToNetworkInvitationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetRolesDocument,
    "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RenameUnitDocument,
    "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveUnitDocument,
    "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.RestoreUnitDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n": types.NetworksDocument,
    "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.InviteToNetworkDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n": types.RespondToNetworkInvitationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      name\n      email\n      status\n      expiresAt\n      createdAt\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      link\n      invitation {\n        id\n        name\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    people {\n      id\n      name\n      email\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Units($includeArchived: Boolean) {\n    units(includeArchived: $includeArchived) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n      parentId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveUnit($input: UnitVersionInput!) {\n    archiveUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUnit($input: UnitVersionInput!) {\n    restoreUnit(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      locale\n      roles {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Networks {\n    networks {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n      }\n      myMembership {\n        id\n        status\n        invitedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      viewerIsCoordinator\n      organisation {\n        id\n        name\n      }\n      coordinator {\n        id\n        name\n        email\n      }\n      myMembership {\n        id\n        status\n      }\n      members {\n        id\n        status\n        invitedAt\n        respondedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      status\n      invitedAt\n      respondedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      id\n      status\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;