import { Field, ID, InputType } from '@nestjs/graphql';
import { InnovationAction, Theme } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { DashboardScope, PortfolioResultValue } from '../dashboard.model.js';

@InputType({ description: 'Which dashboard, and its filters (the web keeps them in the address)' })
export class DashboardFilterInput {
  @Field(() => DashboardScope) scope!: DashboardScope;
  @Field(() => ID, { nullable: true, description: 'The unit (UNIT) or network (NETWORK)' }) scopeId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'First quarter, e.g. 2026-Q1' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last quarter, e.g. 2026-Q4' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this unit and below (UNIT and ORGANISATION)' })
  unitId?: string | null;
  @Field(() => InnovationAction, { nullable: true }) action?: InnovationAction | null;
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => PortfolioResultValue, { nullable: true }) result?: PortfolioResultValue | null;
}

@InputType({ description: 'The period of the Innovasjonsbarometer' })
export class BarometerFilterInput {
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
}
