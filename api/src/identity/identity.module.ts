import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { PeopleResolver, RoleAssignmentResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { SessionsService } from './sessions.service.js';
import { ActorSource } from '../core/auth/actor-source.js';
import { ViewerCanResolver } from './viewer-can.resolver.js';

export const IDENTITY_RESOLVERS = [
  AuthResolver,
  PeopleResolver,
  RoleAssignmentResolver,
  InvitationsResolver,
  ViewerCanResolver,
];

/** People, sessions and invitations; it tells core's guard who a request acts for. */
@Global()
@Module({
  providers: [
    AuthService,
    LoginThrottleService,
    PeopleService,
    InvitationsService,
    SessionsService,
    { provide: ActorSource, useExisting: SessionsService },
    ...IDENTITY_RESOLVERS,
  ],
  exports: [PeopleService, InvitationsService, SessionsService, ActorSource],
})
export class IdentityModule {}
