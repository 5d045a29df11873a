import { toDate } from '../core/graphql/loader-kit.js';
import type { OrganisationEntity } from './organisation.entity.js';
import type { UnitEntity } from './unit.entity.js';

/**
 * Row shapes of `row_to_json(units)` and `row_to_json(organisations)`, and their one
 * mapper each: hot lists read these as JSON next to their own rows (no TypeORM hydration)
 * and prime the request's loaders with them.
 */
export interface UnitRow {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  name: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export const unitFromRow = (r: UnitRow): UnitEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  parentId: r.parent_id,
  name: r.name,
  archivedAt: toDate(r.archived_at),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  version: r.version,
});

export interface OrganisationRow {
  id: string;
  kind: OrganisationEntity['kind'];
  name: string;
  organisation_number: string;
  kommunenummer: string | null;
  fylkesnummer: string | null;
  created_at: string;
}

export const organisationFromRow = (r: OrganisationRow): OrganisationEntity => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  organisationNumber: r.organisation_number,
  kommunenummer: r.kommunenummer,
  fylkesnummer: r.fylkesnummer,
  createdAt: new Date(r.created_at),
});

/**
 * A `chain` CTE (for WITH RECURSIVE): for each unit id that `startIds` selects, the unit
 * and its ancestors with their depth, as `unitChains` in unit-tree.ts reads them.
 */
export const unitChainCte = (startIds: string) => `chain(start_id, id, parent_id, depth) AS (
    SELECT u.id, u.id, u.parent_id, 0 FROM units u WHERE u.id IN (${startIds})
    UNION ALL
    SELECT c.start_id, up.id, up.parent_id, c.depth + 1 FROM chain c JOIN units up ON up.id = c.parent_id WHERE c.depth < 50
  )`;

/** A JSON array of the chain of `unitId`, nearest first (needs `unitChainCte`). */
export const unitChainJson = (unitId: string) =>
  `(SELECT coalesce(json_agg(c.id ORDER BY c.depth), '[]') FROM chain c WHERE c.start_id = ${unitId})`;

/** A `below` CTE (for WITH RECURSIVE, or named `name`): the units `seedIds` selects and every unit below them. */
export const unitsBelowCte = (seedIds: string, name = 'below') => `${name}(id, depth) AS (
    SELECT u.id, 0 FROM units u WHERE u.id IN (${seedIds})
    UNION
    SELECT cu.id, b.depth + 1 FROM ${name} b JOIN units cu ON cu.parent_id = b.id WHERE b.depth < 50
  )`;
