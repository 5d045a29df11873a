import { Module, type OnModuleInit } from '@nestjs/common';
import { FollowSubjectType } from '@laerekraft/shared';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { FollowTargets } from '../notifications/follows/follow-targets.js';
import { AdoptedLessonResolver, ExperimentLessonResolver, LessonsResolver } from './lessons.resolver.js';
import { LessonsService } from './lessons.service.js';

export const LESSONS_RESOLVERS = [LessonsResolver, ExperimentLessonResolver, AdoptedLessonResolver];

/** Lessons (lærdommer): written, published at a reach, withdrawn; read across organisations by reach. */
@Module({
  imports: [NotificationsModule],
  providers: [LessonsService, ...LESSONS_RESOLVERS],
  exports: [LessonsService],
})
export class LessonsModule implements OnModuleInit {
  constructor(
    private readonly lessons: LessonsService,
    private readonly targets: FollowTargets,
  ) {}

  /** A lesson is followed by whoever may read it: the lessons' own read path and policy (unit reach too). */
  onModuleInit(): void {
    registerLessonFollows(this.targets, this.lessons);
  }
}

export function registerLessonFollows(targets: FollowTargets, lessons: LessonsService): void {
  targets.register(FollowSubjectType.LESSON, (m, actor, id) => lessons.visibleTo(m, actor, id));
}
