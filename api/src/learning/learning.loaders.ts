import type { LoaderKit } from '../core/graphql/loader-kit.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from './learning-entry.entity.js';

export function createLearningLoaders(kit: LoaderKit) {
  return {
    entriesByExperiment: kit.groupBy(LearningEntryEntity, 'experimentId', {
      entryDate: 'DESC',
      createdAt: 'DESC',
    }),
    revisionsByEntry: kit.groupBy(LearningEntryRevisionEntity, 'entryId', { version: 'ASC' }),
  };
}
