import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExperimentResult, ExperimentState } from '@laerekraft/shared';
import '../core/graphql/enums.js';

@ObjectType('PortfolioIdea', {
  description: 'An idea in the portfolio glance: enough to show and link to it',
})
export class PortfolioIdeaModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() unitName!: string;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
}

@ObjectType('PortfolioExperiment', { description: 'An experiment in the portfolio glance' })
export class PortfolioExperimentModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ExperimentState) state!: ExperimentState;
  @Field() unitName!: string;
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) of the newest log entry' })
  lastEntryOn!: string | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
}

@ObjectType('PortfolioIdeas')
export class PortfolioIdeasModel {
  @Field(() => Int, { description: 'How many in all' }) count!: number;
  @Field(() => [PortfolioIdeaModel], { description: 'The first five' }) items!: PortfolioIdeaModel[];
}

@ObjectType('PortfolioExperiments')
export class PortfolioExperimentsModel {
  @Field(() => Int, { description: 'How many in all' }) count!: number;
  @Field(() => [PortfolioExperimentModel], { description: 'The first five' })
  items!: PortfolioExperimentModel[];
}

@ObjectType('PortfolioCounts', { description: 'The organisation’s portfolio in numbers' })
export class PortfolioCountsModel {
  @Field(() => Int, { description: 'Ideas submitted and not yet decided' }) ideasSubmitted!: number;
  @Field(() => Int) experimentsPlanned!: number;
  @Field(() => Int) experimentsRunning!: number;
  @Field(() => Int) experimentsConcluded!: number;
  @Field(() => Int, { description: 'Lessons the organisation has written from its experiments' })
  lessons!: number;
}

@ObjectType('Portfolio', {
  description:
    'A glance at the organisation’s portfolio for leads and readers (and anyone in it): each list its five most pressing and its count',
})
export class PortfolioModel {
  @Field(() => PortfolioIdeasModel, {
    description: 'Submitted ideas waiting for a decision, longest waiting first',
  })
  ideasWaiting!: PortfolioIdeasModel;
  @Field(() => PortfolioExperimentsModel, {
    description: 'Running experiments with no log entry for 30 days (QUIET_DAYS), quiet longest first',
  })
  quiet!: PortfolioExperimentsModel;
  @Field(() => PortfolioExperimentsModel, {
    description:
      'Planned experiments that change working conditions and have no union involvement recorded, oldest first',
  })
  awaitingUnion!: PortfolioExperimentsModel;
  @Field(() => PortfolioExperimentsModel, {
    description: 'Concluded experiments with no lesson written, most recently ended first',
  })
  withoutLesson!: PortfolioExperimentsModel;
  @Field(() => PortfolioExperimentsModel, { description: 'Running experiments, most recently started first' })
  running!: PortfolioExperimentsModel;
  @Field(() => PortfolioExperimentsModel, {
    description: 'Concluded and stopped experiments, most recently ended first',
  })
  recentResults!: PortfolioExperimentsModel;
  @Field(() => PortfolioCountsModel) counts!: PortfolioCountsModel;
}
