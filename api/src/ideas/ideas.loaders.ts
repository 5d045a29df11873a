import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderKit } from '../core/graphql/loader-kit.js';
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
