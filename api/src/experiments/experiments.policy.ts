import { Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { managesChain } from '../core/auth/authority.js';

export interface ExperimentFacts {
  organisationId: string;
  ownerId: string;
  teamIds: readonly string[];
  unitChain: readonly string[];
}

/** Who may see and run experiments. Everyone in the organisation sees them; the team and its managers run them. */
export const ExperimentsPolicy = {
  canSee(actor: Actor, e: { organisationId: string }): boolean {
    return actor.organisationId === e.organisationId;
  },
  isTeam(actor: Actor, e: ExperimentFacts): boolean {
    return e.ownerId === actor.personId || e.teamIds.includes(actor.personId);
  },
  manages(actor: Actor, e: ExperimentFacts): boolean {
    return actor.organisationId === e.organisationId && managesChain(actor, e.unitChain);
  },
  canCreate(actor: Actor, unitChain: readonly string[]): boolean {
    return managesChain(actor, unitChain);
  },
  /** Owner, team and the managers above edit the plan and keep the log. */
  canEdit(actor: Actor, e: ExperimentFacts): boolean {
    return (
      actor.organisationId === e.organisationId &&
      (ExperimentsPolicy.isTeam(actor, e) || ExperimentsPolicy.manages(actor, e))
    );
  },
  /** The owner or a manager starts and stops: they own the frame of the trial. */
  canStartOrStop(actor: Actor, e: ExperimentFacts): boolean {
    return (
      actor.organisationId === e.organisationId &&
      (e.ownerId === actor.personId || ExperimentsPolicy.manages(actor, e))
    );
  },
  /** Concluded with the team: the owner, a team member or a manager. */
  canConclude(actor: Actor, e: ExperimentFacts): boolean {
    return ExperimentsPolicy.canEdit(actor, e);
  },
  /** Union representatives add their own record, as do the team and managers. */
  canRecordUnionInvolvement(actor: Actor, e: ExperimentFacts): boolean {
    return (
      ExperimentsPolicy.canEdit(actor, e) ||
      (actor.organisationId === e.organisationId && actor.has(Role.UNION_REP))
    );
  },
};
