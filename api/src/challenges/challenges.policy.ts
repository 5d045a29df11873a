import { ChallengeState, Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { NetworksPolicy } from '../networks/networks.policy.js';
import {
  abilitiesOf,
  forbidden,
  invalidTransition,
  writes,
  type Bind,
  type Rules,
} from '../core/auth/authority.js';

export interface ChallengeFacts {
  organisationId: string;
  networkId: string | null;
  state: ChallengeState;
}
/** The network a challenge is posted to, and whether my organisation is a member of it (or runs it). */
export interface ChallengeNetworkFacts {
  organisationId: string;
  coordinatorId: string;
  iAmMember: boolean;
}

export type ChallengeAbility = 'close' | 'answer';

/**
 * Who may post, see, answer and close challenges (utfordringer): the one place these rules
 * live. An organisation challenge belongs to its organisation; a network challenge to the
 * network's members. Row-level security says the same (migration `create-challenges-and-pins`).
 */
export const ChallengesPolicy = {
  /**
   * A coordinator of the network: a NETWORK_COORDINATOR in the organisation that runs it
   * (the network's coordinator person is one; so is a colleague with the role there).
   */
  coordinates(actor: Actor, network: { organisationId: string }): boolean {
    return NetworksPolicy.canCoordinate(actor, network);
  },
  /** The innovation lead posts for the organisation. */
  canPostForOrganisation(actor: Actor): boolean {
    return actor.has(Role.INNOVATION_LEAD);
  },
  /** A coordinator posts for the network. */
  canPostForNetwork(actor: Actor, network: { organisationId: string }): boolean {
    return ChallengesPolicy.coordinates(actor, network);
  },
  canSee(
    actor: Pick<Actor, 'organisationId'>,
    c: ChallengeFacts,
    network: ChallengeNetworkFacts | null,
  ): boolean {
    if (c.networkId === null) return c.organisationId === actor.organisationId;
    return network !== null && network.iAmMember;
  },
  /**
   * The same rule for lists: `alias` is the challenges' alias; `memberNetworks` SQL yielding
   * the networks my organisation is a member of or runs.
   */
  listFilter(actor: Actor, alias: string, memberNetworks: string, bind: Bind): string {
    return `((${alias}.network_id IS NULL AND ${alias}.organisation_id = ${bind(actor.organisationId)}) OR ${alias}.network_id = ANY(${memberNetworks}))`;
  },
  rules(actor: Actor, c: ChallengeFacts, network: ChallengeNetworkFacts | null): Rules<ChallengeAbility> {
    const sees = ChallengesPolicy.canSee(actor, c, network);
    const poster =
      c.networkId === null
        ? c.organisationId === actor.organisationId && ChallengesPolicy.canPostForOrganisation(actor)
        : network !== null && ChallengesPolicy.canPostForNetwork(actor, network);
    const open = c.state === ChallengeState.OPEN;
    return {
      close:
        !sees || !poster
          ? forbidden(
              c.networkId === null
                ? 'Only the organisation’s innovation lead can close its challenge'
                : 'Only a coordinator of the network can close its challenge',
            )
          : open
            ? null
            : invalidTransition('The challenge is already closed'),
      answer:
        !sees || !writes(actor)
          ? forbidden('Only someone who sees the challenge, and writes ideas, can answer it')
          : open
            ? null
            : invalidTransition('The challenge is closed'),
    };
  },
  abilities(actor: Actor, c: ChallengeFacts, network: ChallengeNetworkFacts | null) {
    return abilitiesOf(ChallengesPolicy.rules(actor, c, network));
  },
};
