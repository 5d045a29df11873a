import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { PeopleResolver, RoleAssignmentResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { ViewerCanResolver } from './viewer-can.resolver.js';

export const IDENTITY_RESOLVERS = [
  AuthResolver,
  PeopleResolver,
  RoleAssignmentResolver,
  InvitationsResolver,
  ViewerCanResolver,
];

@Module({
  providers: [AuthService, PeopleService, InvitationsService, ...IDENTITY_RESOLVERS],
  exports: [PeopleService, InvitationsService],
})
export class IdentityModule {}
