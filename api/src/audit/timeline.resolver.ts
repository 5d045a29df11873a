import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../core/auth/decorators.js';
import type { GqlContext } from '../core/graphql/context.js';
import { PersonModel, mapPerson } from '../identity/models/person.model.js';
import { TimelineEventModel } from './models/timeline-event.model.js';

@Resolver(() => TimelineEventModel)
export class TimelineEventResolver {
  @ResolveField(() => PersonModel, {
    nullable: true,
    description: 'Who did it; null when the subject’s policy hides them from you (a hidden author)',
  })
  async actor(@Parent() e: TimelineEventModel, @Ctx() ctx: GqlContext): Promise<PersonModel | null> {
    const p = e.actorId ? await ctx.loaders.person.load(e.actorId) : null;
    return p ? mapPerson(p) : null;
  }
}
