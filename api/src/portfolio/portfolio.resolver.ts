import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { PortfolioModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';

@Resolver(() => PortfolioModel)
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Query(() => PortfolioModel, {
    description:
      'The organisation’s portfolio at a glance (Mitt arbeid for leads and readers): one statement, the five most pressing of each list and their counts',
  })
  portfolio(@CurrentActor() actor: Actor): Promise<PortfolioModel> {
    return this.service.get(actor);
  }
}
