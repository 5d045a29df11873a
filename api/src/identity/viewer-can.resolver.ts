import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { IdentityPolicy } from './identity.policy.js';
import { ViewerCanModel } from './models/viewer-can.model.js';

@Resolver(() => ViewerCanModel)
export class ViewerCanResolver {
  @Query(() => ViewerCanModel, { description: 'What I may do, outside any one object' })
  viewerCan(@CurrentActor() actor: Actor): ViewerCanModel {
    return { administer: IdentityPolicy.canInvite(actor, actor.organisationId) };
  }
}
