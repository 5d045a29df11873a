import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../core/graphql/enums.js';

/** Whose portfolio a dashboard shows. */
export const DashboardScope = {
  /** A unit with its sub-units (managers: their own units; leads and readers: any). */
  UNIT: 'UNIT',
  /** The viewer's organisation (innovation leads and readers). */
  ORGANISATION: 'ORGANISATION',
  /** A network: only lessons shared to it (its coordinator). */
  NETWORK: 'NETWORK',
  /** Norway: public lessons (everyone signed in). */
  NATIONAL: 'NATIONAL',
} as const;
export type DashboardScope = (typeof DashboardScope)[keyof typeof DashboardScope];
registerEnumType(DashboardScope, { name: 'DashboardScope' });

/** An ended experiment's result as the dashboards count it (a stopped one counts as STOPPED). */
export const PortfolioResultValue = {
  SUPPORTED: 'SUPPORTED',
  NOT_SUPPORTED: 'NOT_SUPPORTED',
  INCONCLUSIVE: 'INCONCLUSIVE',
  STOPPED: 'STOPPED',
} as const;
export type PortfolioResultValue = (typeof PortfolioResultValue)[keyof typeof PortfolioResultValue];
registerEnumType(PortfolioResultValue, { name: 'PortfolioResult' });

/** The funnel's stages, in order. */
export const FunnelStage = {
  IDEAS: 'IDEAS',
  APPROVED: 'APPROVED',
  STARTED: 'STARTED',
  ENDED: 'ENDED',
  LESSONS: 'LESSONS',
  ADOPTED_ELSEWHERE: 'ADOPTED_ELSEWHERE',
} as const;
export type FunnelStage = (typeof FunnelStage)[keyof typeof FunnelStage];
registerEnumType(FunnelStage, { name: 'FunnelStage' });

@ObjectType('DashboardScopeOption', { description: 'A dashboard the viewer may open' })
export class DashboardScopeOptionModel {
  @Field(() => DashboardScope) scope!: DashboardScope;
  @Field(() => ID, { nullable: true, description: 'The unit or network; null for ORGANISATION and NATIONAL' })
  id!: string | null;
  @Field() name!: string;
}

@ObjectType('FunnelCount')
export class FunnelCountModel {
  @Field(() => FunnelStage) stage!: FunnelStage;
  @Field(() => Int) count!: number;
}

@ObjectType('KeyCount', {
  description:
    'A count under a key: an action, an SDG (as text, "1"–"17"), a theme, a result, a partner kind',
})
export class KeyCountModel {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('NamedCount', { description: 'A count for a unit (with its sub-units) or an organisation' })
export class NamedCountModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Rate', { description: 'A share: part of whole (the web shows the percentage and both numbers)' })
export class RateModel {
  @Field(() => Int) part!: number;
  @Field(() => Int) whole!: number;
}

@ObjectType('Resources', {
  description: 'Hours and NOK set aside for the experiments, against acceptable loss',
})
export class ResourcesModel {
  @Field(() => Int) experiments!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Float) nok!: number;
  @Field(() => Int, { description: 'Experiments with an acceptable loss written down' })
  withAcceptableLoss!: number;
  @Field(() => Float) hoursWithAcceptableLoss!: number;
  @Field(() => Float) nokWithAcceptableLoss!: number;
}

@ObjectType('QuarterTrend', { description: 'What happened in one quarter, each counted on its own day' })
export class QuarterTrendModel {
  @Field({ description: 'e.g. 2026-Q3' }) quarter!: string;
  @Field(() => Int) ideas!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) ended!: number;
  @Field(() => Int) lessons!: number;
}

@ObjectType('Dashboard', {
  description:
    'A portfolio dashboard for a unit, the organisation, a network or Norway. Counts come from aggregate tables kept in the transaction of each change; a period counts each stage on its own day. Fields that a network or the national view cannot know (from shared lessons only) are null there.',
})
export class DashboardModel {
  @Field(() => DashboardScope) scope!: DashboardScope;
  @Field(() => ID, { nullable: true }) scopeId!: string | null;
  @Field({ description: 'The unit, organisation or network, or "Norge"' }) name!: string;
  @Field(() => [FunnelCountModel], {
    description: 'Ideas → approved → started → ended → lesson → adopted elsewhere',
  })
  funnel!: FunnelCountModel[];
  @Field(() => [KeyCountModel], {
    description: 'Experiments (or shared lessons) per action: one may carry several',
  })
  byAction!: KeyCountModel[];
  @Field(() => [KeyCountModel]) bySdg!: KeyCountModel[];
  @Field(() => [KeyCountModel]) byTheme!: KeyCountModel[];
  @Field(() => [KeyCountModel], { description: 'Ended experiments (or shared lessons) per result' })
  byResult!: KeyCountModel[];
  @Field(() => [NamedCountModel], {
    description:
      'Experiments per unit directly below the scope (with their sub-units); shared lessons per organisation',
  })
  byUnit!: NamedCountModel[];
  @Field(() => RateModel, {
    nullable: true,
    description: 'Learning rate: ended experiments with a learning card and a lesson, of all ended',
  })
  learningRate!: RateModel | null;
  @Field(() => Float, { nullable: true, description: 'Median days from submission to decision' })
  medianDaysToDecision!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from start to end' })
  medianDaysToEnd!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Running experiments with no learning-log entry for 30 days (today, whatever the period)',
  })
  quietExperiments!: number | null;
  @Field(() => RateModel, {
    nullable: true,
    description: 'Employee-affecting experiments started with union involvement on or before the start',
  })
  unionBeforeStart!: RateModel | null;
  @Field(() => ResourcesModel, { nullable: true }) resources!: ResourcesModel | null;
  @Field(() => [QuarterTrendModel]) trend!: QuarterTrendModel[];
}

@ObjectType('Barometer', {
  description:
    "KS's Innovasjonsbarometer questions, answered from the organisation's own record for the period",
})
export class BarometerModel {
  @Field(() => Int) units!: number;
  @Field(() => Int, {
    description: 'Units (counted alone, not with sub-units) that started at least one experiment',
  })
  unitsWithExperiment!: number;
  @Field(() => Int) experiments!: number;
  @Field(() => RateModel, { description: 'Experiments adopted from another organisation’s lesson' })
  fromElsewhere!: RateModel;
  @Field(() => RateModel, { description: 'Published lessons adopted elsewhere at least once' })
  spreadToOthers!: RateModel;
  @Field(() => [KeyCountModel], { description: 'Experiments with at least one partner of each kind' })
  partnerKinds!: KeyCountModel[];
  @Field(() => RateModel) unionBeforeStart!: RateModel;
}
