import { MembershipStatus, Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import type { Bind } from '../core/auth/authority.js';

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
  /**
   * The same rule as `canSee`, for lists: `network` is the networks' alias, `mine` a join of
   * my organisation's membership rows (on network id and my organisation).
   */
  listFilter(actor: Actor, network: string, mine: string, bind: Bind): string {
    const open = [MembershipStatus.INVITED, MembershipStatus.MEMBER].map(bind).join(', ');
    return `(${network}.organisation_id = ${bind(actor.organisationId)} OR ${mine}.status IN (${open}))`;
  },
  /**
   * A coordinator of the network: someone with the NETWORK_COORDINATOR role in the
   * organisation that runs it (the network's coordinator person, or a colleague with the
   * role). They pin lessons and post the network's challenges; row-level security lets only
   * that organisation write pins and network challenges.
   */
  canCoordinate(actor: Actor, network: Pick<NetworkFacts, 'organisationId'>): boolean {
    return actor.organisationId === network.organisationId && actor.has(Role.NETWORK_COORDINATOR);
  },
  canInvite(actor: Actor, network: NetworkFacts): boolean {
    return NetworksPolicy.isCoordinator(actor, network) && actor.has(Role.NETWORK_COORDINATOR);
  },
  /** The invited organisation's innovation lead answers an invitation. */
  canRespond(actor: Actor, membership: MembershipFacts): boolean {
    return actor.organisationId === membership.organisationId && actor.has(Role.INNOVATION_LEAD);
  },
  /** What the web may offer on one network: inviting (its coordinator), answering my organisation's open invitation. */
  abilities(actor: Actor, network: NetworkFacts, mine: MembershipFacts | null) {
    return {
      invite: NetworksPolicy.canInvite(actor, network),
      pin: NetworksPolicy.canCoordinate(actor, network),
      postChallenge: NetworksPolicy.canCoordinate(actor, network),
      respond:
        mine !== null && mine.status === MembershipStatus.INVITED && NetworksPolicy.canRespond(actor, mine),
    };
  },
  /** May answer network invitations addressed to my organisation. */
  canRespondToInvitations(actor: Actor): boolean {
    return NetworksPolicy.canRespond(actor, {
      organisationId: actor.organisationId,
      status: MembershipStatus.INVITED,
    });
  },
};
