import { Module } from '@nestjs/common';
import {
  ChallengesResolver,
  ChallengesViewerCanResolver,
  IdeaChallengeResolver,
} from './challenges.resolver.js';
import { ChallengesService } from './challenges.service.js';

export const CHALLENGES_RESOLVERS = [ChallengesResolver, IdeaChallengeResolver, ChallengesViewerCanResolver];

@Module({ providers: [ChallengesService, ...CHALLENGES_RESOLVERS], exports: [ChallengesService] })
export class ChallengesModule {}
