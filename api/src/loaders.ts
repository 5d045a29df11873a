import DataLoader from 'dataloader';
import type { Db, TenantScope } from './core/database/db.service.js';
import { loaderKit } from './core/graphql/loader-kit.js';
import { PersonEntity } from './identity/person.entity.js';
import { RoleAssignmentEntity } from './identity/role-assignment.entity.js';
import { NetworkMembershipEntity } from './networks/network-membership.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { UnitEntity } from './organisations/unit.entity.js';
import { unitChains } from './organisations/unit-tree.js';
import { createIdeaLoaders } from './ideas/ideas.loaders.js';
import { createExperimentLoaders } from './experiments/experiments.loaders.js';
import { createLearningLoaders } from './learning/learning.loaders.js';
import { createSpreadLoaders } from './lessons/spread/spread.loaders.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { createLessonLoaders } from './lessons/lessons.loaders.js';
import { createNetworkPageLoaders } from './networks/network-page.loaders.js';
import { createChallengeLoaders } from './challenges/challenges.loaders.js';

/**
 * Per-request DataLoaders: every relation field resolves through one of these, so a list
 * of N rows costs one query per relation, not N. Each batch runs through Db with the
 * request's tenant scope.
 */
export function createLoaders(db: Db, scope: () => TenantScope | null) {
  const kit = loaderKit(db, scope);
  return {
    person: kit.byId(PersonEntity),
    organisation: kit.byId(OrganisationEntity),
    unit: kit.byId(UnitEntity),
    /** A unit and its ancestors, nearest first. */
    unitChain: new DataLoader<string, string[]>(async (ids) => {
      const chains = await kit.run((m) => unitChains(m, ids));
      return ids.map((id) => chains.get(id) ?? []);
    }),
    rolesByPerson: kit.groupBy(RoleAssignmentEntity, 'personId', { role: 'ASC' }),
    membersByNetwork: kit.groupBy(NetworkMembershipEntity, 'networkId', { invitedAt: 'ASC' }),
    /** The audit trail of one thing, keyed by its id. */
    timeline: kit.groupBy(AuditEventEntity, 'entityId', { at: 'ASC' }),
    ...createIdeaLoaders(kit),
    ...createExperimentLoaders(kit),
    ...createLearningLoaders(kit),
    ...createLessonLoaders(kit),
    ...createSpreadLoaders(kit),
    ...createNetworkPageLoaders(kit),
    ...createChallengeLoaders(kit),
  };
}

export type AppLoaders = ReturnType<typeof createLoaders>;

declare module './core/graphql/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AppLoaders {}
}
