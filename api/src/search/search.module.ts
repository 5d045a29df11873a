import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

export const SEARCH_RESOLVERS = [SearchResolver];

@Module({
  providers: [SearchService, ...SEARCH_RESOLVERS],
  exports: [SearchService],
})
export class SearchModule {}
