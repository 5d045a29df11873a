import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller.js';
import { PublicLessonsResolver } from './public-lessons.resolver.js';
import { PublicLessonsService } from './public-lessons.service.js';
import { PublicPagesService } from './public-pages.service.js';

export const PUBLIC_RESOLVERS = [PublicLessonsResolver];

/** Public lesson pages and open data: everything anyone may read without signing in (README.md). */
@Module({
  controllers: [OpenDataController],
  providers: [PublicLessonsService, PublicPagesService, ...PUBLIC_RESOLVERS],
  exports: [PublicPagesService],
})
export class PublicModule {}
