import { toDate } from '../core/graphql/loader-kit.js';
import type { NetworkEntity } from './network.entity.js';
import type { NetworkMembershipEntity } from './network-membership.entity.js';

/** Row shapes of `row_to_json(networks)` and of memberships, and their one mapper each. */
export interface NetworkRow {
  id: string;
  organisation_id: string;
  name: string;
  description: string;
  coordinator_id: string;
  created_at: string;
}

export const networkFromRow = (r: NetworkRow): NetworkEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  description: r.description,
  coordinatorId: r.coordinator_id,
  createdAt: new Date(r.created_at),
});

export interface MembershipRow {
  id: string;
  network_id: string;
  organisation_id: string;
  status: NetworkMembershipEntity['status'];
  invited_by_id: string | null;
  invited_at: string;
  responded_by_id: string | null;
  responded_at: string | null;
}

export const membershipFromRow = (r: MembershipRow): NetworkMembershipEntity => ({
  id: r.id,
  networkId: r.network_id,
  organisationId: r.organisation_id,
  status: r.status,
  invitedById: r.invited_by_id,
  invitedAt: new Date(r.invited_at),
  respondedById: r.responded_by_id,
  respondedAt: toDate(r.responded_at),
});
