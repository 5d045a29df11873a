import { LessonState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { LessonsPolicy } from '../lessons.policy.js';
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
 * Which lessons a person may see at all is the lessons' rule (LessonsPolicy): `visibleLesson`
 * below applies it in SQL.
 */
export const SpreadPolicy = {
  startsExperiment(actor: Actor, unitChain: readonly string[]): boolean {
    return writes(actor) && (actor.has(Role.INNOVATION_LEAD) || managesChain(actor, unitChain));
  },
  /**
   * How the viewer may try a lesson, with no unit chosen yet (`viewerCanAdopt`): as an experiment
   * when they manage some unit or are the innovation lead, else as an idea if they write.
   */
  abilities(actor: Actor, lesson: AdoptFacts['lesson']): { asExperiment: boolean; asIdea: boolean } {
    const r = SpreadPolicy.rules(actor, { lesson, unitChain: [] });
    const asExperiment =
      r.proposeAsIdea === null && (actor.has(Role.INNOVATION_LEAD) || actor.managedUnitIds().length > 0);
    return { asExperiment, asIdea: !asExperiment && r.proposeAsIdea === null };
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
   * A published lesson the reader may see, in SQL: the lessons' own rule
   * (`LessonsPolicy.listFilter`) and published. `l` is the lessons' alias, `e` its experiment
   * (LEFT JOINed). A Reader without roles (a loader knows only the request's scope) is judged
   * by the reach alone and as the experiment's owner or team, which is all a published lesson
   * needs: the innovation lead and the managers see the experiment itself inside their
   * organisation.
   */
  visibleLesson(reader: Reader | Actor, l: string, e: string, bind: Bind): string {
    return `(${l}.state = '${LessonState.PUBLISHED}' AND ${SpreadPolicy.seesLesson(reader, l, e, bind)})`;
  },
  /** Any lesson the reader may see, in any state (`LessonsPolicy.listFilter`); see `visibleLesson`. */
  seesLesson(reader: Reader | Actor, l: string, e: string, bind: Bind): string {
    const actor = reader instanceof Actor ? reader : new Actor(reader.personId, reader.organisationId, []);
    // The filter asks for each subquery only where its rule uses it, so each binds only then.
    const readerChain = () => `WITH RECURSIVE rc(id, parent_id, d) AS (
           SELECT u.id, u.parent_id, 0 FROM units u JOIN persons rp ON rp.unit_id = u.id WHERE rp.id = ${bind(actor.personId)}
           UNION ALL SELECT up.id, up.parent_id, rc.d + 1 FROM rc JOIN units up ON up.id = rc.parent_id WHERE rc.d < 50)
         SELECT id FROM rc`;
    const managedBelow = () => `WITH RECURSIVE mb(id, d) AS (
           SELECT u.id, 0 FROM units u WHERE u.id = ANY(${bind(actor.managedUnitIds())}::uuid[])
           UNION SELECT cu.id, mb.d + 1 FROM mb JOIN units cu ON cu.parent_id = mb.id WHERE mb.d < 50)
         SELECT id FROM mb`;
    return LessonsPolicy.listFilter(actor, { l, e, readerChain, managedBelow }, bind);
  },
};

/** Who reads: the organisation and the person (a request's tenant scope is enough). */
export interface Reader {
  organisationId: string;
  personId: string;
}

export type { Refusal };
