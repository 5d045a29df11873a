import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ExperimentResult, InnovationAction, SearchKind, SearchSort, Theme } from '@laerekraft/shared';
import '../models/search.model.js';

@InputType('SearchFilter', {
  description: 'Each list narrows to any of its values; absent lists do not narrow',
})
export class SearchFilterInput {
  @Field(() => [SearchKind], { nullable: true }) kinds?: SearchKind[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Idea, experiment or (for lessons) experiment states',
  })
  states?: string[] | null;
  @Field(() => [ExperimentResult], { nullable: true }) results?: ExperimentResult[] | null;
  @Field(() => [InnovationAction], { nullable: true }) actions?: InnovationAction[] | null;
  @Field(() => [Int], { nullable: true }) sdgs?: number[] | null;
  @Field(() => [Theme], { nullable: true }) themes?: Theme[] | null;
  @Field(() => [ID], { nullable: true }) organisationIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Fylkesnummer' }) counties?: string[] | null;
  @Field(() => [ID], { nullable: true }) networkIds?: string[] | null;
}

@ArgsType()
export class SearchArgs {
  @Field() query!: string;
  @Field(() => SearchFilterInput, { nullable: true }) filter?: SearchFilterInput | null;
  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE }) sort?: SearchSort | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Hits to skip (within the ranked set)' })
  offset?: number | null;
}

@ArgsType()
export class SimilarArgs {
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'The need, proposal or any text to compare' })
  text?: string | null;
  @Field(() => ID, { nullable: true, description: 'Leave this item out (the idea being written or decided)' })
  excludeId?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 5 }) limit?: number | null;
}
