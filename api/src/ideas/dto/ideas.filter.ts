import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdeaSort, IdeaState, InnovationAction, Limits, Theme } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { ListArgs } from '../../core/graphql/pagination.js';

@InputType({ description: 'Narrows the ideas list; every given field must hold (AND).' })
export class IdeaFilterInput {
  @Field(() => [IdeaState], { nullable: true, description: 'Any of these states' })
  states?: IdeaState[] | null;
  @Field(() => ID, { nullable: true, description: 'This unit and the units below it' })
  unitId?: string | null;
  @Field(() => InnovationAction, { nullable: true }) action?: InnovationAction | null;
  @Field(() => Int, { nullable: true, description: 'A sustainable development goal, 1–17' })
  sdg?: number | null;
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => String, {
    nullable: true,
    description: `Titles containing this text, any case (max ${Limits.TITLE_MAX}); full-text search is elsewhere`,
  })
  title?: string | null;
}

@ArgsType()
export class IdeaListArgs extends ListArgs {
  @Field(() => IdeaFilterInput, { nullable: true }) filter?: IdeaFilterInput | null;
  @Field(() => IdeaSort, { defaultValue: IdeaSort.NEWEST }) sort!: IdeaSort;
}
