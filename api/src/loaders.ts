import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Db, TenantScope } from './core/database/db.service.js';
import { PersonEntity } from './identity/person.entity.js';
import { RoleAssignmentEntity } from './identity/role-assignment.entity.js';
import { NetworkMembershipEntity } from './networks/network-membership.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { UnitEntity } from './organisations/unit.entity.js';

/**
 * Per-request DataLoaders: every relation field resolves through one of these, so a list
 * of N rows costs one query per relation, not N. Each batch runs through Db with the
 * request's tenant scope.
 */
export function createLoaders(db: Db, scope: () => TenantScope | null) {
  const byId = <T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await db.run(scope(), (m) => m.findBy(target, { id: In([...ids]) } as never));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  const groupBy = <T extends ObjectLiteral>(
    target: EntityTarget<T>,
    key: keyof T & string,
    order: Record<string, 'ASC' | 'DESC'> = {},
  ) =>
    new DataLoader<string, T[]>(async (keys) => {
      const rows = await db.run(scope(), (m) =>
        m.find(target, { where: { [key]: In([...keys]) } as never, order: order as never }),
      );
      const map = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const r of rows) map.get(r[key] as string)?.push(r);
      return keys.map((k) => map.get(k)!);
    });
  return {
    person: byId(PersonEntity),
    organisation: byId(OrganisationEntity),
    unit: byId(UnitEntity),
    rolesByPerson: groupBy(RoleAssignmentEntity, 'personId', { role: 'ASC' }),
    membersByNetwork: groupBy(NetworkMembershipEntity, 'networkId', { invitedAt: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
