import { Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';

/** Who may see and change people, roles and invitations. Deny unless a rule allows. */
export const IdentityPolicy = {
  /** People are visible inside their own organisation only. */
  canSeePeopleOf(actor: Actor, organisationId: string): boolean {
    return actor.organisationId === organisationId;
  },
  /** Only the organisation's innovation lead invites people. */
  canInvite(actor: Actor, organisationId: string): boolean {
    return actor.organisationId === organisationId && actor.has(Role.INNOVATION_LEAD);
  },
  canSeeInvitationsOf(actor: Actor, organisationId: string): boolean {
    return IdentityPolicy.canInvite(actor, organisationId);
  },
  /** Only the organisation's innovation lead changes roles, and only of people in the same organisation. */
  canSetRoles(actor: Actor, target: { organisationId: string }): boolean {
    return actor.organisationId === target.organisationId && actor.has(Role.INNOVATION_LEAD);
  },
  /** An innovation lead cannot drop their own lead role: an organisation must never lose its last admin by accident. */
  keepsOwnLeadRole(actor: Actor, targetPersonId: string, newRoles: readonly { role: Role }[]): boolean {
    return actor.personId !== targetPersonId || newRoles.some((r) => r.role === Role.INNOVATION_LEAD);
  },
};
