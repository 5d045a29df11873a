import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Anonymous } from '../core/auth/decorators.js';
import { listComplexity } from '../core/graphql/pagination.js';
import { PublicLessonConnectionModel, PublicLessonModel } from './models/public-lesson.model.js';
import { PublicLessonsService } from './public-lessons.service.js';

/** The public lessons, for anyone: no session is looked up, so they are read with no tenant. */
@Resolver(() => PublicLessonModel)
export class PublicLessonsResolver {
  constructor(private readonly lessons: PublicLessonsService) {}

  @Anonymous()
  @Query(() => PublicLessonModel, {
    name: 'publicLesson',
    description:
      'A lesson published to the public; NOT_FOUND for anything else (draft, withdrawn, another reach)',
  })
  one(@Args('id', { type: () => ID }) id: string): Promise<PublicLessonModel> {
    return this.lessons.lesson(id);
  }

  @Anonymous()
  @Query(() => PublicLessonConnectionModel, {
    name: 'publicLessons',
    description: 'Lessons published to the public, newest first',
    complexity: listComplexity,
  })
  list(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '1–50' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PublicLessonConnectionModel> {
    return this.lessons.page(first, after);
  }
}
