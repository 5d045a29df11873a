import { AuditEventEntity } from './audit/audit-event.entity.js';
import { InvitationEntity } from './identity/invitation.entity.js';
import { PersonEntity } from './identity/person.entity.js';
import { RoleAssignmentEntity } from './identity/role-assignment.entity.js';
import { SessionEntity } from './core/auth/session.entity.js';
import { NetworkMembershipEntity } from './networks/network-membership.entity.js';
import { NetworkEntity } from './networks/network.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { UnitEntity } from './organisations/unit.entity.js';

/** Every table the API maps. The migrations in /migrations must describe exactly these. */
export const ENTITIES = [
  OrganisationEntity,
  UnitEntity,
  PersonEntity,
  RoleAssignmentEntity,
  SessionEntity,
  InvitationEntity,
  NetworkEntity,
  NetworkMembershipEntity,
  AuditEventEntity,
];
