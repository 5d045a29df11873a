import { CreateIdentity1795917545065 } from './1795917545065-create-identity.js';
import { CreateIdeasAndExperiments1795918298824 } from './1795918298824-create-ideas-and-experiments.js';
import { EnforceRowLevelSecurity1796000000000 } from './1796000000000-enforce-row-level-security.js';
import { CreateLoginAttempts1796120732528 } from './1796120732528-create-login-attempts.js';
import { TightenRowLevelSecurity1796130000000 } from './1796130000000-tighten-row-level-security.js';
import { CreateLessons1796200000000 } from './1796200000000-create-lessons.js';
import { LessonsLibraryOrder1796210000000 } from './1796210000000-lessons-library-order.js';
import { AdoptLessons1796220000000 } from './1796220000000-adopt-lessons.js';
import { CreateSearch1796230000000 } from './1796230000000-create-search.js';
import { CreateFollows1796240000000 } from './1796240000000-create-follows.js';
import { CreateChallengesAndPins1796260000000 } from './1796260000000-create-challenges-and-pins.js';
import { ListFilters1796270000000 } from './1796270000000-list-filters.js';
import { CloseSpreadSeams1796280000000 } from './1796280000000-close-spread-seams.js';
import { SpreadReviewFixes1796290000000 } from './1796290000000-spread-review-fixes.js';
import { CreatePortfolioAggregates1796300000000 } from './1796300000000-create-portfolio-aggregates.js';
import { PortfolioRollups1796310000000 } from './1796310000000-portfolio-rollups.js';
import { PortfolioReviewFixes1796320000000 } from './1796320000000-portfolio-review-fixes.js';
import { SharedAdoptedElsewhere1796330000000 } from './1796330000000-shared-adopted-elsewhere.js';
/** Every migration, in order. Generated files are added here by `npm run migration:generate -w api -- <name>`. */
export const MIGRATIONS: Array<new () => unknown> = [
  CreateIdentity1795917545065,
  CreateIdeasAndExperiments1795918298824,
  EnforceRowLevelSecurity1796000000000,
  CreateLoginAttempts1796120732528,
  TightenRowLevelSecurity1796130000000,
  CreateLessons1796200000000,
  LessonsLibraryOrder1796210000000,
  AdoptLessons1796220000000,
  CreateSearch1796230000000,
  CreateFollows1796240000000,
  CreateChallengesAndPins1796260000000,
  ListFilters1796270000000,
  CloseSpreadSeams1796280000000,
  SpreadReviewFixes1796290000000,
  CreatePortfolioAggregates1796300000000,
  PortfolioRollups1796310000000,
  PortfolioReviewFixes1796320000000,
  SharedAdoptedElsewhere1796330000000,
];
