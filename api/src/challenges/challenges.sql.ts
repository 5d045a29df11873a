import type { EntityManager } from 'typeorm';
import type { ChallengeState } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { DomainError } from '../core/errors/domain-error.js';
import { ChallengesPolicy, type ChallengeNetworkFacts } from './challenges.policy.js';
import type { ChallengeEntity } from './challenge.entity.js';
import { toDate } from '../core/graphql/loader-kit.js';

/** The row shape of `row_to_json(challenges)`, and its one mapper to the entity. */
export interface ChallengeRow {
  id: string;
  organisation_id: string;
  network_id: string | null;
  title: string;
  need: string;
  concerns: string;
  deadline: string;
  state: ChallengeState;
  created_by_id: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const challengeFromRow = (r: ChallengeRow): ChallengeEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  networkId: r.network_id,
  title: r.title,
  need: r.need,
  concerns: r.concerns,
  deadline: r.deadline,
  state: r.state,
  createdById: r.created_by_id,
  closedAt: toDate(r.closed_at),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/**
 * SQL columns for what the policy needs about a challenge's network (alias `c`): the
 * network's organisation and coordinator, and whether my organisation is a member of it.
 */
export const NETWORK_FACTS = `(SELECT json_build_object('organisationId', n.organisation_id, 'coordinatorId', n.coordinator_id,
     'iAmMember', n.id = ANY((SELECT app_member_network_ids())::uuid[])) FROM networks n WHERE n.id = c.network_id)`;
export const NETWORK_FACTS_SQL = `${NETWORK_FACTS} AS network_facts`;

/**
 * An idea may answer a challenge only if its author sees the challenge and it is open. A
 * challenge the author cannot see is refused exactly like a closed one (no existence leak).
 */
export async function assertAnswerable(m: EntityManager, actor: Actor, challengeId: string): Promise<void> {
  const refuse = () =>
    DomainError.validation(
      [{ field: 'challengeId', message: 'challengeNotOpen' }],
      'The challenge is not open to answer',
    );
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(challengeId)) throw refuse();
  const rows: Array<{ c: ChallengeRow; network_facts: ChallengeNetworkFacts | null }> = await m.query(
    `SELECT row_to_json(c) AS c, ${NETWORK_FACTS_SQL} FROM challenges c WHERE c.id = $1`,
    [challengeId],
  );
  const row = rows[0];
  if (!row) throw refuse();
  const challenge = challengeFromRow(row.c);
  if (ChallengesPolicy.rules(actor, challenge, row.network_facts).answer !== null) throw refuse();
}
