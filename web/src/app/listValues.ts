// The values a list filter offers, from shared (the API checks the same).
export {
  Check,
  checkListFilter,
  INNOVATION_ACTIONS,
  SDGS,
  THEMES,
  IDEA_STATES,
  EXPERIMENT_STATES,
} from '@laerekraft/shared';
import { ExperimentResult } from '@laerekraft/shared';

export const EXPERIMENT_RESULTS_FOR_FILTER = Object.values(ExperimentResult);
