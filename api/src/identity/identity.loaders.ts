import { toDate } from '../core/graphql/loader-kit.js';
import type { PersonEntity } from './person.entity.js';
import type { RoleAssignmentEntity } from './role-assignment.entity.js';

/**
 * A person as JSON from table alias `a`: every column but the password hash (which the
 * entity never selects either). Hot lists read people this way next to their own rows.
 */
export const personJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'organisation_id', ${a}.organisation_id, 'email', ${a}.email, 'name', ${a}.name, 'locale', ${a}.locale, 'unit_id', ${a}.unit_id, 'platform_admin', ${a}.platform_admin, 'deactivated_at', ${a}.deactivated_at, 'created_at', ${a}.created_at, 'updated_at', ${a}.updated_at)`;

export interface PersonRow {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  locale: PersonEntity['locale'];
  unit_id: string | null;
  platform_admin: boolean;
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
}

// The hash is left out, as `select: false` leaves it out of a TypeORM read.
export const personFromRow = (r: PersonRow): PersonEntity =>
  ({
    id: r.id,
    organisationId: r.organisation_id,
    email: r.email,
    name: r.name,
    locale: r.locale,
    unitId: r.unit_id,
    platformAdmin: r.platform_admin,
    deactivatedAt: toDate(r.deactivated_at),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }) as PersonEntity;

export interface RoleAssignmentRow {
  id: string;
  organisation_id: string;
  person_id: string;
  role: RoleAssignmentEntity['role'];
  unit_id: string | null;
  created_at: string;
}

export const roleAssignmentFromRow = (r: RoleAssignmentRow): RoleAssignmentEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  personId: r.person_id,
  role: r.role,
  unitId: r.unit_id,
  createdAt: new Date(r.created_at),
});
