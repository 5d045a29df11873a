import DataLoader from 'dataloader';
import type { LoaderKit } from '../core/graphql/loader-kit.js';
import { ChallengesPolicy } from './challenges.policy.js';
import { NETWORK_FACTS_SQL, challengeFromRow, type ChallengeRow } from './challenges.sql.js';
import type { ChallengeWithFacts } from './challenges.service.js';

export function createChallengeLoaders(kit: LoaderKit) {
  return {
    /** A challenge with its policy facts, or null where the policy (and row-level security) hides it. */
    challenge: new DataLoader<string, ChallengeWithFacts | null>(async (ids) => {
      const scope = kit.scope();
      if (!scope) return ids.map(() => null);
      const rows: Array<{ c: ChallengeRow; network_facts: ChallengeWithFacts['network'] }> = await kit.run(
        (m) =>
          m.query(
            `SELECT row_to_json(c) AS c, ${NETWORK_FACTS_SQL} FROM challenges c WHERE c.id = ANY($1::uuid[])`,
            [ids],
          ),
      );
      const byId = new Map(
        rows
          .map((r) => ({ challenge: challengeFromRow(r.c), network: r.network_facts }))
          .filter((x) => ChallengesPolicy.canSee(scope, x.challenge, x.network))
          .map((x) => [x.challenge.id, x]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
