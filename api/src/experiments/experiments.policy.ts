import {
  ExperimentAction,
  ExperimentState,
  Role,
  allowedExperimentActions,
  isExperimentOpen,
} from '@laerekraft/shared';
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

export interface ExperimentFacts {
  organisationId: string;
  state: ExperimentState;
  ownerId: string;
  teamIds: readonly string[];
  /** The experiment's unit and its ancestors, nearest first. */
  unitChain: readonly string[];
  /** It changes employees' working conditions… */
  affectsEmployees: boolean;
  /** …and union representatives' involvement has been recorded. */
  unionInvolved: boolean;
}

export type ExperimentAbility =
  'edit' | 'setTeam' | 'log' | 'recordUnionInvolvement' | 'start' | 'stop' | 'conclude';

const moveVerb: Record<ExperimentAction, string> = {
  START: 'started',
  CONCLUDE: 'concluded',
  STOP: 'stopped',
};

function move(e: ExperimentFacts, action: ExperimentAction): Refusal | null {
  return allowedExperimentActions(e.state).includes(action)
    ? null
    : invalidTransition(`The experiment is ${e.state.toLowerCase()}, so it cannot be ${moveVerb[action]}`);
}

/**
 * Who may see and run experiments: the one place these rules live. Everyone in the
 * organisation sees them; the team and its managers run them; readers read.
 */
export const ExperimentsPolicy = {
  canSee(actor: Actor, e: { organisationId: string }): boolean {
    return actor.organisationId === e.organisationId;
  },
  /** The same rule as `canSee`, for lists. */
  listFilter(actor: Actor, alias: string, bind: Bind): string {
    return `${alias}.organisation_id = ${bind(actor.organisationId)}`;
  },
  isTeam(actor: Actor, e: Pick<ExperimentFacts, 'ownerId' | 'teamIds'>): boolean {
    return e.ownerId === actor.personId || e.teamIds.includes(actor.personId);
  },
  manages(actor: Actor, e: Pick<ExperimentFacts, 'organisationId' | 'unitChain'>): boolean {
    return actor.organisationId === e.organisationId && managesChain(actor, e.unitChain);
  },
  /** A manager of the unit or a unit above it starts an experiment directly. */
  canCreate(actor: Actor, unitChain: readonly string[]): boolean {
    return writes(actor) && managesChain(actor, unitChain);
  },
  /** Whether a verdict can depend on recorded union involvement (a planned, employee-affecting trial), so callers fetch it only then. */
  needsUnionFact(e: { state: ExperimentState; affectsEmployees: boolean }): boolean {
    return e.state === ExperimentState.PLANNED && e.affectsEmployees;
  },
  /** May create an experiment in some unit (the one they manage, or below it). */
  canCreateSomewhere(actor: Actor): boolean {
    return writes(actor) && actor.managedUnitIds().length > 0;
  },
  /**
   * Every action on one experiment, allowed (null) or refused with the reason: the owner,
   * team and managers above keep the plan and the log; the owner or a manager owns the frame
   * (team, start, stop); union representatives add their own record. Nothing changes once
   * it is concluded or stopped.
   */
  rules(actor: Actor, e: ExperimentFacts): Rules<ExperimentAbility> {
    const member =
      actor.organisationId === e.organisationId &&
      writes(actor) &&
      (ExperimentsPolicy.isTeam(actor, e) || ExperimentsPolicy.manages(actor, e));
    const frameOwner =
      actor.organisationId === e.organisationId &&
      writes(actor) &&
      (e.ownerId === actor.personId || ExperimentsPolicy.manages(actor, e));
    const rep = actor.organisationId === e.organisationId && actor.has(Role.UNION_REP);
    const stillOpen = isExperimentOpen(e.state)
      ? null
      : invalidTransition(`The experiment is ${e.state.toLowerCase()}: it can no longer be changed`);
    const team = member
      ? stillOpen
      : forbidden('Only the experiment’s owner, team and managers can change it');
    const startOrStop = frameOwner
      ? null
      : forbidden('Only the owner or a manager can start or stop an experiment');
    return {
      edit: team,
      log: team,
      setTeam: frameOwner ? stillOpen : forbidden('Only the owner or a manager can change the team'),
      recordUnionInvolvement:
        member || rep
          ? stillOpen
          : forbidden('Only the team, its managers and union representatives record union involvement'),
      start:
        startOrStop ??
        move(e, ExperimentAction.START) ??
        (e.affectsEmployees && !e.unionInvolved
          ? invalidTransition(
              'This experiment changes employees’ working conditions: record the involvement of union representatives before it starts',
              [{ field: 'unionInvolvements', message: 'unionInvolvementRequired' }],
            )
          : null),
      stop: startOrStop ?? move(e, ExperimentAction.STOP),
      conclude: member
        ? move(e, ExperimentAction.CONCLUDE)
        : forbidden('Only the team and its managers can conclude'),
    };
  },
  abilities(actor: Actor, e: ExperimentFacts): Record<ExperimentAbility, boolean> {
    return abilitiesOf(ExperimentsPolicy.rules(actor, e));
  },
};
