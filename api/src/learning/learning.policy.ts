import type { Actor } from '../core/auth/actor.js';
import { abilitiesOf, forbidden, type Rules } from '../core/auth/authority.js';
import { ExperimentsPolicy, type ExperimentFacts } from '../experiments/experiments.policy.js';

export type LearningEntryAbility = 'edit';

/**
 * Who may write the learning log. The log belongs to the experiment: whoever may `log` on it
 * (its team and managers, never a reader, only while it is open) adds entries; an entry is
 * edited by its own author only, under the same rule. Entries are seen by whoever sees the
 * experiment (ExperimentsPolicy.canSee).
 */
export const LearningPolicy = {
  canAdd(actor: Actor, experiment: ExperimentFacts) {
    return ExperimentsPolicy.rules(actor, experiment).log;
  },
  rules(actor: Actor, entry: { authorId: string }, experiment: ExperimentFacts): Rules<LearningEntryAbility> {
    return {
      edit:
        entry.authorId === actor.personId
          ? ExperimentsPolicy.rules(actor, experiment).log
          : forbidden('Only the author can edit a learning log entry'),
    };
  },
  abilities(actor: Actor, entry: { authorId: string }, experiment: ExperimentFacts) {
    return abilitiesOf(LearningPolicy.rules(actor, entry, experiment));
  },
};
