import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { PeopleResolver, RoleAssignmentResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

export const IDENTITY_RESOLVERS = [AuthResolver, PeopleResolver, RoleAssignmentResolver, InvitationsResolver];

@Module({
  providers: [AuthService, LoginThrottleService, PeopleService, InvitationsService, ...IDENTITY_RESOLVERS],
  exports: [PeopleService, InvitationsService],
})
export class IdentityModule {}
