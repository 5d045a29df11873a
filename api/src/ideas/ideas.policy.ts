import { IdeaState, Role, isIdeaEditable } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { managesChain } from '../core/auth/authority.js';

interface IdeaFacts {
  organisationId: string;
  authorId: string;
  state: IdeaState;
  hideAuthor: boolean;
}

/** Who may see, change and decide on ideas. Openness inside the organisation; drafts are private. */
export const IdeasPolicy = {
  canSee(actor: Actor, idea: IdeaFacts): boolean {
    if (actor.organisationId !== idea.organisationId) return false;
    return idea.state !== IdeaState.DRAFT || idea.authorId === actor.personId;
  },
  /** A hidden author is still known to themself and to the organisation's innovation lead. */
  canSeeAuthor(actor: Actor, idea: IdeaFacts): boolean {
    return (
      !idea.hideAuthor ||
      idea.authorId === actor.personId ||
      (actor.organisationId === idea.organisationId && actor.has(Role.INNOVATION_LEAD))
    );
  },
  canCreate(actor: Actor): boolean {
    return !actor.has(Role.READER) || actor.roles.length > 1;
  },
  canEdit(actor: Actor, idea: IdeaFacts): boolean {
    return idea.authorId === actor.personId && isIdeaEditable(idea.state);
  },
  canSubmit(actor: Actor, idea: IdeaFacts): boolean {
    return idea.authorId === actor.personId;
  },
  /** A manager of the idea's unit or a unit above it decides, never on their own idea. */
  canDecide(actor: Actor, idea: IdeaFacts, unitChain: readonly string[]): boolean {
    return (
      actor.organisationId === idea.organisationId &&
      idea.authorId !== actor.personId &&
      managesChain(actor, unitChain)
    );
  },
  canBackOrComment(actor: Actor, idea: IdeaFacts): boolean {
    return IdeasPolicy.canSee(actor, idea) && idea.state !== IdeaState.DRAFT;
  },
};
