import { Module, type OnModuleInit } from '@nestjs/common';
import { FollowSubjectType } from '@laerekraft/shared';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { FollowTargets } from '../notifications/follows/follow-targets.js';
import {
  ChallengesResolver,
  ChallengesViewerCanResolver,
  IdeaChallengeResolver,
} from './challenges.resolver.js';
import { ChallengesService } from './challenges.service.js';

export const CHALLENGES_RESOLVERS = [ChallengesResolver, IdeaChallengeResolver, ChallengesViewerCanResolver];

@Module({
  imports: [NotificationsModule],
  providers: [ChallengesService, ...CHALLENGES_RESOLVERS],
  exports: [ChallengesService],
})
export class ChallengesModule implements OnModuleInit {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly targets: FollowTargets,
  ) {}

  /** A challenge is followed by whoever may see it (`ChallengesPolicy.canSee`, through the service's read). */
  onModuleInit(): void {
    registerChallengeFollows(this.targets, this.challenges);
  }
}

export function registerChallengeFollows(targets: FollowTargets, challenges: ChallengesService): void {
  targets.register(FollowSubjectType.CHALLENGE, (m, actor, id) => challenges.visibleTo(m, actor, id));
}
