import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { toDate, type LoaderKit } from '../core/graphql/loader-kit.js';
import { IdeaBackingEntity } from './idea-backing.entity.js';
import { IdeaCommentEntity } from './idea-comment.entity.js';
import { IdeaEntity } from './idea.entity.js';

export function createIdeaLoaders(kit: LoaderKit) {
  return {
    idea: kit.byId(IdeaEntity),
    backingCount: kit.countBy('idea_backings', 'idea_id'),
    commentCount: kit.countBy('idea_comments', 'idea_id'),
    commentsByIdea: kit.groupBy(IdeaCommentEntity, 'ideaId', { createdAt: 'ASC' }),
    /** Whether the signed-in person backs each idea. */
    backedByMe: new DataLoader<string, boolean>(async (ideaIds) => {
      const personId = kit.scope()?.personId;
      if (!personId) return ideaIds.map(() => false);
      const rows = await kit.run((m) => m.findBy(IdeaBackingEntity, { ideaId: In([...ideaIds]), personId }));
      const mine = new Set(rows.map((r) => r.ideaId));
      return ideaIds.map((id) => mine.has(id));
    }),
  };
}

/** The row shape of `row_to_json(ideas)`, and its one mapper to the entity. */
export interface IdeaRow {
  id: string;
  organisation_id: string;
  unit_id: string;
  author_id: string;
  title: string;
  need_whose: string;
  need_observed: string;
  proposal: string;
  benefit: string;
  actions: IdeaEntity['actions'];
  sdgs: number[];
  theme: IdeaEntity['theme'];
  hide_author: boolean;
  state: IdeaEntity['state'];
  backing_count?: number;
  version: number;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by_id: string | null;
  decision_reason: string | null;
  experiment_id: string | null;
  source_lesson_id?: string | null;
  challenge_id: string | null;
  created_at: string;
  updated_at: string;
}

export const ideaFromRow = (r: IdeaRow): IdeaEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  unitId: r.unit_id,
  authorId: r.author_id,
  title: r.title,
  needWhose: r.need_whose,
  needObserved: r.need_observed,
  proposal: r.proposal,
  benefit: r.benefit,
  actions: r.actions,
  sdgs: r.sdgs,
  theme: r.theme,
  hideAuthor: r.hide_author,
  state: r.state,
  backingCount: r.backing_count ?? 0,
  version: r.version,
  submittedAt: toDate(r.submitted_at),
  decidedAt: toDate(r.decided_at),
  decidedById: r.decided_by_id,
  decisionReason: r.decision_reason,
  experimentId: r.experiment_id,
  sourceLessonId: r.source_lesson_id ?? null,
  challengeId: r.challenge_id,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export interface IdeaCommentRow {
  id: string;
  organisation_id: string;
  idea_id: string;
  author_id: string;
  text: string;
  created_at: string;
}

export const commentFromRow = (r: IdeaCommentRow): IdeaCommentEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  ideaId: r.idea_id,
  authorId: r.author_id,
  text: r.text,
  createdAt: new Date(r.created_at),
});
