import type { Actor } from '../core/auth/actor.js';

/**
 * Who may see and change notifications: each person their own, in their own organisation,
 * and no one else's — not even an innovation lead's. Marking one's own notices read is
 * keeping one's own inbox, not writing, so readers may do it too.
 */
export const NotificationsPolicy = {
  /** The visibility filter for the list (and the set `markRead` may touch). */
  mine(actor: Actor): { personId: string; organisationId: string } {
    return { personId: actor.personId, organisationId: actor.organisationId };
  },
  canSee(actor: Actor, n: { personId: string; organisationId: string }): boolean {
    return n.personId === actor.personId && n.organisationId === actor.organisationId;
  },
  canMarkRead(actor: Actor, n: { personId: string; organisationId: string }): boolean {
    return NotificationsPolicy.canSee(actor, n);
  },
};
