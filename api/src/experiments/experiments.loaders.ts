import DataLoader from 'dataloader';
import type { LoaderKit } from '../core/graphql/loader-kit.js';
import { ExperimentEntity } from './experiment.entity.js';
import { ExperimentsPolicy, type ExperimentFacts } from './experiments.policy.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
  UnionInvolvementEntity,
} from './experiment-parts.entity.js';

/** The facts ExperimentsPolicy needs, read through the request's loaders (one batch per kind). */
export async function loadExperimentFacts(
  loaders: Pick<ReturnType<typeof createExperimentLoaders>, 'teamByExperiment' | 'unionByExperiment'> & {
    unitChain: DataLoader<string, string[]>;
  },
  e: Pick<ExperimentEntity, 'id' | 'organisationId' | 'state' | 'ownerId' | 'unitId' | 'affectsEmployees'>,
): Promise<ExperimentFacts> {
  // Involvement matters only before an employee-affecting start: no query for the rest.
  const [team, chain, union] = await Promise.all([
    loaders.teamByExperiment.load(e.id),
    loaders.unitChain.load(e.unitId),
    ExperimentsPolicy.needsUnionFact(e) ? loaders.unionByExperiment.load(e.id) : [],
  ]);
  return {
    organisationId: e.organisationId,
    state: e.state,
    ownerId: e.ownerId,
    teamIds: team.map((t) => t.personId),
    unitChain: chain,
    affectsEmployees: e.affectsEmployees,
    unionInvolved: union.length > 0,
  };
}

export function createExperimentLoaders(kit: LoaderKit) {
  return {
    experiment: kit.byId(ExperimentEntity),
    teamByExperiment: kit.groupBy(ExperimentMemberEntity, 'experimentId', { createdAt: 'ASC' }),
    partnersByExperiment: kit.groupBy(PartnerEntity, 'experimentId', { createdAt: 'ASC' }),
    unionByExperiment: kit.groupBy(UnionInvolvementEntity, 'experimentId', { occurredOn: 'ASC' }),
    measurementsByExperiment: kit.groupBy(MeasurementEntity, 'experimentId', { measuredOn: 'ASC' }),
    partnerCount: kit.countBy('experiment_partners', 'experiment_id'),
    /** Count of learning-log entries and the date of the latest, per experiment. */
    entryStats: new DataLoader<string, { count: number; last: string | null }>(async (ids) => {
      const rows: Array<{ k: string; n: string; last: string | null }> = await kit.run((m) =>
        m.query(
          `SELECT experiment_id AS k, count(*) AS n, max(entry_date)::text AS last FROM learning_entries WHERE experiment_id = ANY($1::uuid[]) GROUP BY experiment_id`,
          [ids],
        ),
      );
      const map = new Map(rows.map((r) => [r.k, { count: Number(r.n), last: r.last }]));
      return ids.map((id) => map.get(id) ?? { count: 0, last: null });
    }),
  };
}
