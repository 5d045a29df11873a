import { MembershipStatus, Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';

interface NetworkFacts {
  organisationId: string;
  coordinatorId: string;
}
interface MembershipFacts {
  organisationId: string;
  status: MembershipStatus;
}

/** Who may see and change networks. A network's membership data is the one thing organisations share. */
export const NetworksPolicy = {
  canCreate(actor: Actor): boolean {
    return actor.has(Role.NETWORK_COORDINATOR);
  },
  isCoordinator(actor: Actor, network: NetworkFacts): boolean {
    return actor.personId === network.coordinatorId;
  },
  /** The owning organisation, and any organisation invited to or member of it. */
  canSee(actor: Actor, network: NetworkFacts, mine: MembershipFacts | null): boolean {
    return (
      network.organisationId === actor.organisationId ||
      (mine !== null && mine.status !== MembershipStatus.DECLINED)
    );
  },
  canInvite(actor: Actor, network: NetworkFacts): boolean {
    return NetworksPolicy.isCoordinator(actor, network) && actor.has(Role.NETWORK_COORDINATOR);
  },
  /** The invited organisation's innovation lead answers an invitation. */
  canRespond(actor: Actor, membership: MembershipFacts): boolean {
    return actor.organisationId === membership.organisationId && actor.has(Role.INNOVATION_LEAD);
  },
};
