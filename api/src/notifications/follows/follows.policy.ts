import type { Actor } from '../../core/auth/actor.js';

/**
 * Who may see and change follow rows: each person their own, in their own organisation.
 * Whether one may follow a subject is the subject's own visibility (FollowTargets). The
 * fan-out reads the followers of a subject inside the organisation of the change (row-level
 * security keeps it there); followers elsewhere are reached only through the SECURITY
 * DEFINER functions of the migration `create-follows`.
 */
export const FollowsPolicy = {
  mine(actor: Actor): { personId: string; organisationId: string } {
    return { personId: actor.personId, organisationId: actor.organisationId };
  },
};
