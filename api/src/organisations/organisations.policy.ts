import { Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';

/** Who may see and change organisations and their unit trees. Deny unless a rule allows. */
export const OrganisationsPolicy = {
  /** Units are visible to everyone in the organisation, and to no one outside it. */
  canSeeUnitsOf(actor: Actor, organisationId: string): boolean {
    return actor.organisationId === organisationId;
  },
  /** The innovation lead keeps the unit tree. */
  canManageUnitsOf(actor: Actor, organisationId: string): boolean {
    return actor.organisationId === organisationId && actor.has(Role.INNOVATION_LEAD);
  },
  /** Registering a new organisation is for operators of the installation. */
  canCreateOrganisation(actor: Actor): boolean {
    return actor.platformAdmin;
  },
};
