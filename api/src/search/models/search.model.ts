import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExperimentResult, InnovationAction, SearchKind, SearchSort, Theme } from '@laerekraft/shared';
import '../../core/graphql/enums.js';

registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is' });
registerEnumType(SearchSort, { name: 'SearchSort' });

@ObjectType('SearchOrganisation', { description: 'The public facts of the organisation a hit belongs to' })
export class SearchOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Fylkesnummer' }) county!: string | null;
}

@ObjectType('SearchHit', {
  description:
    'An idea, experiment or lesson the person may see. Highlighted text marks each match between U+E000 and U+E001 and is otherwise plain text: render the marks, never the text as HTML.',
})
export class SearchHitModel {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'The title with its matches marked' }) titleHighlighted!: string;
  @Field({ description: 'A passage of the text with its matches marked' }) snippet!: string;
  @Field({
    description: "The idea's or experiment's state; for a lesson its experiment's (CONCLUDED or STOPPED)",
  })
  state!: string;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
  @Field(() => [InnovationAction]) actions!: InnovationAction[];
  @Field(() => [Int]) sdgs!: number[];
  @Field(() => Int) adoptionCount!: number;
  @Field(() => SearchOrganisationModel) organisation!: SearchOrganisationModel;
  @Field({ description: "From the person's own organisation" }) own!: boolean;
  @Field(() => Float) rank!: number;
  @Field() createdAt!: Date;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueModel {
  @Field() value!: string;
  @Field(() => String, { nullable: true, description: 'A name for ids (organisations, networks)' })
  label!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts over the ranked candidates; each facet counts with every other filter applied, but not its own',
})
export class SearchFacetsModel {
  @Field(() => [SearchFacetValueModel]) kinds!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) states!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) results!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) actions!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) sdgs!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) themes!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) organisations!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) counties!: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) networks!: SearchFacetValueModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => Int, { description: 'Hits, exact up to the cap' }) total!: number;
  @Field({ description: 'More hits than counted: show the total as "1 000+"' }) capped!: boolean;
  @Field(() => [SearchHitModel]) hits!: SearchHitModel[];
  @Field() hasMore!: boolean;
  @Field(() => SearchFacetsModel) facets!: SearchFacetsModel;
  @Field(() => String, {
    nullable: true,
    description: '"Mente du …?": the query with unknown words replaced, when it found little',
  })
  suggestion!: string | null;
}
