import { IdeaAction, IdeaState, Role, allowedIdeaActions, isIdeaEditable } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import {
  abilitiesOf,
  forbidden,
  invalidTransition,
  managesChain,
  writes,
  type Bind,
  type Refusal,
  type Rules,
} from '../core/auth/authority.js';

export interface IdeaFacts {
  organisationId: string;
  authorId: string;
  state: IdeaState;
  hideAuthor: boolean;
}

export type IdeaAbility = 'edit' | 'submit' | 'approve' | 'decline' | 'park' | 'back' | 'comment';

const moveVerb: Record<IdeaAction, string> = {
  SUBMIT: 'submitted',
  APPROVE: 'approved',
  DECLINE: 'declined',
  PARK: 'parked',
};

/** The state machine's word on a move: null when the idea's state allows it. */
function move(idea: IdeaFacts, action: IdeaAction): Refusal | null {
  return allowedIdeaActions(idea.state).includes(action)
    ? null
    : invalidTransition(`The idea is ${idea.state.toLowerCase()}, so it cannot be ${moveVerb[action]}`);
}

/**
 * Who may see, change and decide on ideas: the one place these rules live. Openness inside
 * the organisation; drafts are private; readers read.
 */
export const IdeasPolicy = {
  canSee(actor: Actor, idea: IdeaFacts): boolean {
    if (actor.organisationId !== idea.organisationId) return false;
    return idea.state !== IdeaState.DRAFT || idea.authorId === actor.personId;
  },
  /** The same rule as `canSee`, for lists: the organisation's ideas, and drafts only my own. */
  listFilter(actor: Actor, alias: string, bind: Bind): string {
    const me = bind(actor.personId);
    return `${alias}.organisation_id = ${bind(actor.organisationId)} AND (${alias}.state <> 'DRAFT' OR ${alias}.author_id = ${me})`;
  },
  /** A hidden author is still known to themself and to the organisation's innovation lead. */
  canSeeAuthor(actor: Actor, idea: IdeaFacts): boolean {
    return (
      !idea.hideAuthor ||
      idea.authorId === actor.personId ||
      (actor.organisationId === idea.organisationId && actor.has(Role.INNOVATION_LEAD))
    );
  },
  /** A comment by the idea's hidden author is as anonymous as the idea; everyone else comments by name. */
  canSeeCommentAuthor(actor: Actor, idea: IdeaFacts, comment: { authorId: string }): boolean {
    return comment.authorId !== idea.authorId || IdeasPolicy.canSeeAuthor(actor, idea);
  },
  /** Any role but reader registers ideas (a reader who also holds another role writes under it). */
  canCreate(actor: Actor): boolean {
    return writes(actor);
  },
  /**
   * Every action on one idea, allowed (null) or refused with the reason. `unitChain` is the
   * idea's unit and its ancestors, nearest first. The caller has already checked `canSee`.
   */
  /** Whoever manages a unit decides on ideas from it and below (their review queue). */
  canReview(actor: Actor): boolean {
    return writes(actor) && actor.managedUnitIds().length > 0;
  },
  /**
   * The review queue: submitted ideas of the units I manage and below (`unitsBelow`, SQL
   * that yields the expanded tree's ids), never my own — the ideas on which `rules` allows a decision.
   */
  reviewFilter(actor: Actor, alias: string, unitsBelow: string, bind: Bind): string {
    return `${alias}.organisation_id = ${bind(actor.organisationId)} AND ${alias}.state = 'SUBMITTED' AND ${alias}.author_id <> ${bind(actor.personId)} AND ${alias}.unit_id IN (${unitsBelow})`;
  },
  rules(actor: Actor, idea: IdeaFacts, unitChain: readonly string[]): Rules<IdeaAbility> {
    const sees = IdeasPolicy.canSee(actor, idea);
    const writer = writes(actor);
    const isAuthor = idea.authorId === actor.personId;
    const authorOnly = (what: string) =>
      !sees || !writer || !isAuthor ? forbidden(`Only the author can ${what} an idea`) : null;
    const decider =
      !sees || !writer
        ? forbidden('Only a manager of the idea’s unit, or of a unit above it, can decide')
        : isAuthor
          ? forbidden('No one decides on their own idea: a manager above you must')
          : !managesChain(actor, unitChain)
            ? forbidden('Only a manager of the idea’s unit, or of a unit above it, can decide')
            : null;
    const reacting = (what: string) =>
      !sees || !writer
        ? forbidden(`Readers follow the portfolio: they do not ${what}`)
        : idea.state === IdeaState.DRAFT
          ? forbidden(`A draft cannot be ${what === 'back ideas' ? 'backed' : 'commented on'}`)
          : null;
    return {
      edit:
        authorOnly('edit') ??
        (isIdeaEditable(idea.state)
          ? null
          : forbidden('Only the author can edit an idea, and only while it is a draft or parked')),
      submit: authorOnly('submit') ?? move(idea, IdeaAction.SUBMIT),
      approve: decider ?? move(idea, IdeaAction.APPROVE),
      decline: decider ?? move(idea, IdeaAction.DECLINE),
      park: decider ?? move(idea, IdeaAction.PARK),
      back: reacting('back ideas'),
      comment: reacting('comment'),
    };
  },
  abilities(actor: Actor, idea: IdeaFacts, unitChain: readonly string[]): Record<IdeaAbility, boolean> {
    return abilitiesOf(IdeasPolicy.rules(actor, idea, unitChain));
  },
};
