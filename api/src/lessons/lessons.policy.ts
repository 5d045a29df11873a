import {
  ExperimentState,
  LessonReach,
  LessonState,
  Role,
  allowedLessonActions,
  LessonAction,
  mayPublishAt,
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

/** What the policy needs to know about one lesson (and the experiment behind it). */
export interface LessonFacts {
  organisationId: string;
  state: LessonState;
  reach: LessonReach;
  networkIds: readonly string[];
  /** The experiment's unit: reach UNIT means this unit and the units below it. */
  unitId: string;
  /** The experiment's unit (the lesson's) and its ancestors, nearest first; empty outside the organisation. */
  unitChain: readonly string[];
  /** The experiment's owner and team; unknown (null, empty) outside the organisation. */
  ownerId: string | null;
  teamIds: readonly string[];
  createdById: string;
  contactPersonId: string | null;
}

/** What the policy needs to know about the reader, beyond their roles. */
export interface ReaderFacts {
  /** The reader's own unit and its ancestors, nearest first (empty when they have no unit). */
  unitChain: readonly string[];
  /** Networks the reader's organisation is a MEMBER of or runs (`app_member_network_ids`). */
  memberNetworkIds: readonly string[];
}

/** What an experiment must be for a lesson to be written from it. */
export interface LessonSourceFacts {
  organisationId: string;
  state: ExperimentState;
  ownerId: string;
  teamIds: readonly string[];
  unitChain: readonly string[];
}

export type LessonAbility = 'edit' | 'publish' | 'changeReach' | 'withdraw' | 'setContact';

const DONE: readonly ExperimentState[] = [ExperimentState.CONCLUDED, ExperimentState.STOPPED];

function move(l: Pick<LessonFacts, 'state'>, action: LessonAction, verb: string): Refusal | null {
  return allowedLessonActions(l.state).includes(action)
    ? null
    : invalidTransition(`The lesson is ${l.state.toLowerCase()}, so it cannot be ${verb}`);
}

/** The people behind an experiment: its owner, its team, managers of its unit or above, the innovation lead. */
function writer(
  actor: Actor,
  f: {
    organisationId: string;
    ownerId: string | null;
    teamIds: readonly string[];
    unitChain: readonly string[];
  },
): boolean {
  return (
    actor.organisationId === f.organisationId &&
    writes(actor) &&
    (actor.has(Role.INNOVATION_LEAD) ||
      (f.ownerId !== null && f.ownerId === actor.personId) ||
      f.teamIds.includes(actor.personId) ||
      managesChain(actor, f.unitChain))
  );
}

/**
 * May publish at `reach`: a manager of the experiment's unit or above to the unit and the
 * organisation, the innovation lead anywhere (`mayPublishAt`), always in their own organisation.
 */
function publisher(actor: Actor, f: Pick<LessonFacts, 'organisationId' | 'unitChain'>, reach: LessonReach) {
  if (actor.organisationId !== f.organisationId || !writes(actor)) return false;
  const roles = actor.roles.map((r) => r.role);
  if (!mayPublishAt(roles, reach)) return false;
  return actor.has(Role.INNOVATION_LEAD) || managesChain(actor, f.unitChain);
}

const reachRefusal = (reach: LessonReach): Refusal =>
  forbidden(
    reach === LessonReach.NETWORK || reach === LessonReach.PUBLIC
      ? 'Only the innovation lead shares a lesson beyond the organisation'
      : 'Only a manager of the experiment’s unit (or above) or the innovation lead publishes a lesson',
  );

/**
 * Who may see, write and share lessons: the one place these rules live.
 * - Inside the organisation the lesson's writers (owner, team, managers of the unit or above,
 *   the innovation lead) see it in every state; everyone else sees it once published: reach
 *   UNIT in the experiment's unit and the units below it, any other reach in the whole
 *   organisation.
 * - Outside it (and with no one signed in) only a published lesson, reach PUBLIC, or reach
 *   NETWORK for an organisation that is a MEMBER of (or runs) one of its networks. Row-level
 *   security holds the same wall for everything but the unit rule.
 */
export const LessonsPolicy = {
  isWriter(actor: Actor, f: LessonFacts): boolean {
    return writer(actor, f);
  },
  canSee(actor: Actor | null, f: LessonFacts, reader: ReaderFacts): boolean {
    if (actor && actor.organisationId === f.organisationId) {
      if (writer(actor, f)) return true;
      if (f.state !== LessonState.PUBLISHED) return false;
      return f.reach !== LessonReach.UNIT || reader.unitChain.includes(f.unitId);
    }
    if (f.state !== LessonState.PUBLISHED) return false;
    if (f.reach === LessonReach.PUBLIC) return true;
    if (!actor || f.reach !== LessonReach.NETWORK) return false;
    return f.networkIds.some((n) => reader.memberNetworkIds.includes(n));
  },
  /**
   * The same rule as `canSee`, for lists: `l` is the lessons' alias, `e` a LEFT JOIN of its
   * experiment, `readerChain` and `managedBelow` subqueries selecting the reader's unit chain
   * and the units they manage with everything below them. The subqueries are given as
   * functions and asked for only where the rule uses them, and so is every value bound: an
   * unused parameter has no type PostgreSQL can determine ("could not determine data type of
   * parameter"), so the filter binds exactly what it uses (the innovation lead's, say, needs
   * neither the person nor the managed units).
   */
  listFilter(
    actor: Actor | null,
    q: { l: string; e: string; readerChain: () => string; managedBelow: () => string },
    bind: Bind,
  ): string {
    const { l, e } = q;
    const shared = `(${l}.state = 'PUBLISHED' AND (${l}.reach = 'PUBLIC' OR (${l}.reach = 'NETWORK' AND ${l}.network_ids && (SELECT app_member_network_ids()))))`;
    if (!actor) return `(${l}.state = 'PUBLISHED' AND ${l}.reach = 'PUBLIC')`;
    const org = bind(actor.organisationId);
    let mine: string | undefined;
    const me = () => (mine ??= bind(actor.personId));
    const writerSql = !writes(actor)
      ? 'false'
      : actor.has(Role.INNOVATION_LEAD)
        ? 'true'
        : `(${e}.owner_id = ${me()}
            OR EXISTS (SELECT 1 FROM experiment_members lm WHERE lm.experiment_id = ${l}.experiment_id AND lm.person_id = ${me()})
            OR ${l}.unit_id IN (${q.managedBelow()}))`;
    // The innovation lead writes every lesson of the organisation: the unit rule adds nothing.
    const published =
      writerSql === 'true'
        ? 'false'
        : `(${l}.state = 'PUBLISHED' AND (${l}.reach <> 'UNIT' OR ${l}.unit_id IN (${q.readerChain()})))`;
    return `((${l}.organisation_id = ${org} AND (${writerSql} OR ${published}))
      OR (${l}.organisation_id <> ${org} AND ${shared}))`;
  },
  /** May write a lesson from this experiment: its writers, once it is concluded or stopped. */
  canWrite(actor: Actor, x: LessonSourceFacts): Refusal | null {
    if (!writer(actor, x))
      return forbidden(
        'Only the experiment’s owner, team, its managers and the innovation lead write its lesson',
      );
    return DONE.includes(x.state)
      ? null
      : invalidTransition('A lesson is written from a concluded or stopped experiment');
  },
  /** Every action on one lesson, allowed (null) or refused with the reason. `reach` is the reach asked for. */
  rules(actor: Actor, f: LessonFacts, reach: LessonReach = f.reach): Rules<LessonAbility> {
    const isWriter = writer(actor, f);
    const mayHere = publisher(actor, f, f.reach);
    const mayThere = publisher(actor, f, reach);
    const notWithdrawn =
      f.state === LessonState.WITHDRAWN
        ? invalidTransition('The lesson is withdrawn: it can no longer be changed')
        : null;
    return {
      // What a published lesson says is published anew: only someone who may publish at its reach changes it.
      edit: !isWriter
        ? forbidden('Only the lesson’s writers can change it')
        : (notWithdrawn ?? (f.state === LessonState.PUBLISHED && !mayHere ? reachRefusal(f.reach) : null)),
      publish: !isWriter || !mayThere ? reachRefusal(reach) : move(f, LessonAction.PUBLISH, 'published'),
      // Moving a published lesson needs the right to publish both where it is and where it goes.
      changeReach:
        !isWriter || !mayHere || !mayThere
          ? reachRefusal(mayHere ? reach : f.reach)
          : f.state === LessonState.PUBLISHED
            ? null
            : invalidTransition(
                `The lesson is ${f.state.toLowerCase()}: only a published lesson changes reach`,
              ),
      withdraw: !isWriter || !mayHere ? reachRefusal(f.reach) : move(f, LessonAction.WITHDRAW, 'withdrawn'),
      setContact: isWriter ? notWithdrawn : forbidden('Only the people behind a lesson can be its contact'),
    };
  },
  abilities(actor: Actor, f: LessonFacts): Record<LessonAbility, boolean> {
    return abilitiesOf(LessonsPolicy.rules(actor, f));
  },
  /** The reaches the actor may publish this lesson at (for the publish dialog). */
  reaches(actor: Actor, f: LessonFacts): LessonReach[] {
    if (!writer(actor, f)) return [];
    return (Object.values(LessonReach) as LessonReach[]).filter((r) => publisher(actor, f, r));
  },
};
