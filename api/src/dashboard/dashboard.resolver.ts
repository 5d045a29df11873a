import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { BarometerModel, DashboardModel, DashboardScopeOptionModel } from './dashboard.model.js';
import { DashboardService } from './dashboard.service.js';
import { BarometerFilterInput, DashboardFilterInput } from './dto/dashboard.input.js';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => [DashboardScopeOptionModel], {
    description: 'The dashboards the viewer may open (Portefølje)',
  })
  dashboardScopes(@CurrentActor() actor: Actor): Promise<DashboardScopeOptionModel[]> {
    return this.service.scopes(actor);
  }

  @Query(() => DashboardModel, { description: 'A portfolio dashboard (Portefølje)' })
  dashboard(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DashboardFilterInput }) filter: DashboardFilterInput,
  ): Promise<DashboardModel> {
    return this.service.dashboard(actor, filter);
  }

  @Query(() => BarometerModel, {
    description: "The organisation's Innovasjonsbarometer, from its own record",
  })
  barometer(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => BarometerFilterInput, nullable: true }) filter?: BarometerFilterInput,
  ): Promise<BarometerModel> {
    return this.service.barometer(actor, filter ?? {});
  }
}
