import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../core/graphql/loader-kit.js';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { SearchArgs, SimilarArgs } from './dto/search.input.js';
import { SearchHitModel, SearchResultModel } from './models/search.model.js';
import { SearchService, type SearchWants } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchResultModel, {
    name: 'search',
    description:
      'Norwegian full-text search across the ideas, experiments and lessons you may see: "quotes", OR, -word; inflected forms and compounds starting with a word find it',
    // One statement whatever is selected; the page (at most 50 hits) is what grows.
    complexity: ({ childComplexity, args }) =>
      childComplexity + ((args.first as number | undefined) ?? 20) * 10,
  })
  find(
    @CurrentActor() actor: Actor,
    @Args() args: SearchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultModel> {
    return this.search.search(actor, args, wanted(info));
  }

  @Query(() => [SearchHitModel], {
    description: '"Prøvd før?": up to five similar ideas, experiments and lessons you may see',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  similar(
    @CurrentActor() actor: Actor,
    @Args() args: SimilarArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitModel[]> {
    return this.search.similar(actor, args, highlights(selectedFields(info)));
  }
}

/** What costs work only when asked for: the facets, the suggestion and the highlighted text. */
function wanted(info: GraphQLResolveInfo): SearchWants {
  const top = selectedFields(info);
  return {
    facets: top.has('facets'),
    suggestion: top.has('suggestion'),
    ...highlights(selectedFields(info, 'hits')),
  };
}

function highlights(fields: Set<string>): Pick<SearchWants, 'snippet' | 'titleHighlighted'> {
  return { snippet: fields.has('snippet'), titleHighlighted: fields.has('titleHighlighted') };
}
