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

/** The row shapes of `row_to_json(learning_entries)` and of its revisions, and their mappers. */
export interface LearningEntryRow {
  id: string;
  organisation_id: string;
  experiment_id: string;
  author_id: string;
  kind: LearningEntryEntity['kind'];
  text: string;
  prompt_id: string | null;
  entry_date: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export const entryFromRow = (r: LearningEntryRow): LearningEntryEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  experimentId: r.experiment_id,
  authorId: r.author_id,
  kind: r.kind,
  text: r.text,
  promptId: r.prompt_id,
  entryDate: r.entry_date,
  version: r.version,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export interface LearningEntryRevisionRow {
  id: string;
  organisation_id: string;
  entry_id: string;
  version: number;
  kind: LearningEntryRevisionEntity['kind'];
  text: string;
  prompt_id: string | null;
  edited_by_id: string;
  replaced_at: string;
}

export const revisionFromRow = (r: LearningEntryRevisionRow): LearningEntryRevisionEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  entryId: r.entry_id,
  version: r.version,
  kind: r.kind,
  text: r.text,
  promptId: r.prompt_id,
  editedById: r.edited_by_id,
  replacedAt: new Date(r.replaced_at),
});
