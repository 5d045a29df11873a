import { Module } from '@nestjs/common';
import { ExperimentLessonResolver, LessonsResolver } from './lessons.resolver.js';
import { LessonsService } from './lessons.service.js';

export const LESSONS_RESOLVERS = [LessonsResolver, ExperimentLessonResolver];

/** Lessons (lærdommer): written, published at a reach, withdrawn; read across organisations by reach. */
@Module({ providers: [LessonsService, ...LESSONS_RESOLVERS], exports: [LessonsService] })
export class LessonsModule {}
