import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ExperimentResult,
  ExperimentSort,
  ExperimentState,
  InnovationAction,
  Limits,
  Theme,
} from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { ListArgs } from '../../core/graphql/pagination.js';

@InputType({ description: 'Narrows the experiments list; every given field must hold (AND).' })
export class ExperimentFilterInput {
  @Field(() => [ExperimentState], { nullable: true, description: 'Any of these states' })
  states?: ExperimentState[] | null;
  @Field(() => ID, { nullable: true, description: 'This unit and the units below it' })
  unitId?: string | null;
  @Field(() => InnovationAction, { nullable: true }) action?: InnovationAction | null;
  @Field(() => Int, { nullable: true, description: 'A sustainable development goal, 1–17' })
  sdg?: number | null;
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => ExperimentResult, { nullable: true, description: 'Concluded with this result' })
  result?: ExperimentResult | null;
  @Field(() => String, {
    nullable: true,
    description: `Titles containing this text, any case (max ${Limits.TITLE_MAX}); full-text search is elsewhere`,
  })
  title?: string | null;
}

@ArgsType()
export class ExperimentListArgs extends ListArgs {
  @Field(() => ExperimentFilterInput, { nullable: true }) filter?: ExperimentFilterInput | null;
  @Field(() => ExperimentSort, { defaultValue: ExperimentSort.NEWEST }) sort!: ExperimentSort;
}
