import type { EntityManager } from 'typeorm';
import { AdoptionState, ExperimentState, IdeaState } from '@laerekraft/shared';
import { DomainError } from '../../core/errors/domain-error.js';

/**
 * The adoption's state follows its idea or experiment, in the transaction of the change.
 * The experiments and ideas services call these after a move of anything that came from a
 * lesson (`sourceLessonId` set); everything else costs no statement. A move between counted
 * (PLANNED, RUNNING, CONCLUDED, STOPPED) and not counted (PROPOSED, DECLINED) recounts the
 * lineage's `adoption_count`: a proposal is no adoption until it is approved into an experiment.
 */
const COUNTED = (s: AdoptionState) => s !== AdoptionState.DECLINED && s !== AdoptionState.PROPOSED;
const FROM_EXPERIMENT: Record<ExperimentState, AdoptionState> = {
  PLANNED: AdoptionState.PLANNED,
  RUNNING: AdoptionState.RUNNING,
  CONCLUDED: AdoptionState.CONCLUDED,
  STOPPED: AdoptionState.STOPPED,
};
const FROM_IDEA: Partial<Record<IdeaState, AdoptionState>> = {
  DRAFT: AdoptionState.PROPOSED,
  SUBMITTED: AdoptionState.PROPOSED,
  DECLINED: AdoptionState.DECLINED,
  PARKED: AdoptionState.DECLINED,
};

export async function mirrorExperiment(
  m: EntityManager,
  e: { id: string; sourceLessonId: string | null; state: ExperimentState },
): Promise<void> {
  if (!e.sourceLessonId) return;
  await m.query(
    `UPDATE adoptions SET state = $2, updated_at = now() WHERE experiment_id = $1 AND state <> $2`,
    [e.id, FROM_EXPERIMENT[e.state]],
  );
}

/**
 * After a decision on (or a resubmission of) an idea that proposes a lesson: declined or parked
 * closes the adoption, resubmitted opens it again, approved hands it to the new experiment
 * (which carries the same source lesson; see ExperimentsService.createFromIdea).
 */
export async function mirrorIdea(
  m: EntityManager,
  idea: { id: string; sourceLessonId: string | null; state: IdeaState; experimentId: string | null },
): Promise<void> {
  if (!idea.sourceLessonId) return;
  const approved = idea.state === IdeaState.APPROVED;
  const to = approved ? AdoptionState.PLANNED : FROM_IDEA[idea.state];
  if (!to) return;
  try {
    // An UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    // Approved while its source lesson is no longer published to the adopter (withdrawn, or its
    // reach narrowed: row-level security then hides it), the proposal becomes no adoption: it is
    // DECLINED and not linked to the experiment, so it never counts.
    const [rows]: [Array<{ id: string; was: AdoptionState; now: AdoptionState }>, number] = await m.query(
      `WITH gone AS (
         SELECT $4::boolean AND NOT EXISTS (
           SELECT 1 FROM adoptions x JOIN lessons l ON l.id = x.source_lesson_id AND l.state = 'PUBLISHED'
            WHERE x.idea_id = $1) AS gone)
       UPDATE adoptions a
          SET state = CASE WHEN gone.gone THEN 'DECLINED' ELSE $2 END,
              experiment_id = CASE WHEN gone.gone THEN a.experiment_id ELSE coalesce($3, a.experiment_id) END,
              updated_at = now()
         FROM (SELECT id, state AS was FROM adoptions WHERE idea_id = $1) old, gone
        WHERE a.id = old.id
          AND (a.state <> CASE WHEN gone.gone THEN 'DECLINED' ELSE $2 END
               OR a.experiment_id IS DISTINCT FROM CASE WHEN gone.gone THEN a.experiment_id ELSE coalesce($3, a.experiment_id) END)
        RETURNING a.id, old.was, a.state AS now`,
      [idea.id, to, approved ? idea.experimentId : null, approved],
    );
    for (const r of rows)
      if (COUNTED(r.was) !== COUNTED(r.now)) await m.query(`SELECT app_count_adoption($1)`, [r.id]);
  } catch (err) {
    // Approving a proposal into a unit that already tries the same lesson (PLANNED or RUNNING).
    if ((err as { constraint?: string }).constraint === 'uq_adoptions_open_unit')
      throw DomainError.conflict(
        'The unit is already trying this lesson: finish or stop that adoption before approving this proposal',
      );
    throw err;
  }
}
