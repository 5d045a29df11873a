import { LessonReach, LessonState, Role } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import {
  forbidden,
  invalidTransition,
  managesChain,
  writes,
  type Bind,
  type Refusal,
  type Rules,
} from '../../core/auth/authority.js';

/** What the adoption rules need to know about the lesson and the unit it would be tried in. */
export interface AdoptFacts {
  lesson: { organisationId: string; state: LessonState };
  /** The unit adopting it (in the actor's organisation) and its ancestors, nearest first. */
  unitChain: readonly string[];
}

export type AdoptAbility = 'adoptAsExperiment' | 'proposeAsIdea';

/**
 * Who may adopt a lesson ("Prøv dette hos oss"), the one place these rules live:
 * - a manager of the unit (or a unit above it) or the innovation lead starts it as a PLANNED
 *   experiment in that unit;
 * - anyone else who writes (an employee, a union representative) proposes it as a submitted
 *   idea in a unit of their organisation, for a manager to decide;
 * - a reader does neither; only a published lesson is adopted.
 * Which lessons a person may see at all is the lessons' rule (row-level security outside the
 * organisation, the reach UNIT inside it): `visibleLesson` below is its SQL form here.
 */
export const SpreadPolicy = {
  startsExperiment(actor: Actor, unitChain: readonly string[]): boolean {
    return writes(actor) && (actor.has(Role.INNOVATION_LEAD) || managesChain(actor, unitChain));
  },
  rules(actor: Actor, f: AdoptFacts): Rules<AdoptAbility> {
    const published =
      f.lesson.state === LessonState.PUBLISHED
        ? null
        : invalidTransition(
            `The lesson is ${f.lesson.state.toLowerCase()}: only a published lesson can be adopted`,
          );
    const reader = writes(actor) ? null : forbidden('Readers follow the portfolio but do not adopt lessons');
    return {
      adoptAsExperiment:
        reader ??
        (SpreadPolicy.startsExperiment(actor, f.unitChain)
          ? published
          : forbidden(
              'Only a manager of the unit (or above) or the innovation lead starts an adoption as an experiment',
            )),
      proposeAsIdea: reader ?? published,
    };
  },
  /**
   * A lesson the actor may read the result of, in SQL (`l` the lessons' alias): published, and
   * inside the actor's organisation with the reach UNIT only in the lesson's unit and below.
   * Outside the organisation row-level security has already decided (reach NETWORK or PUBLIC).
   */
  visibleLesson(actor: Reader, l: string, bind: Bind): string {
    const org = bind(actor.organisationId);
    const me = bind(actor.personId);
    return `(${l}.state = '${LessonState.PUBLISHED}' AND (${l}.organisation_id <> ${org} OR ${l}.reach <> '${LessonReach.UNIT}'
      OR ${l}.unit_id IN (WITH RECURSIVE rc(id, parent_id, d) AS (
           SELECT u.id, u.parent_id, 0 FROM units u JOIN persons rp ON rp.unit_id = u.id WHERE rp.id = ${me}
           UNION ALL SELECT up.id, up.parent_id, rc.d + 1 FROM rc JOIN units up ON up.id = rc.parent_id WHERE rc.d < 50)
         SELECT id FROM rc)))`;
  },
};

/** Who reads: the organisation and the person (a request's tenant scope is enough). */
export interface Reader {
  organisationId: string;
  personId: string;
}

export type { Refusal };
