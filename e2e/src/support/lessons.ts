/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { ok, type GraphqlClient } from './graphql-client.js';

/**
 * A running experiment, made over the API: `manager` creates it in their own unit with
 * `ownerEmail` (or themselves) as owner, starts it and measures it once (36 against a baseline
 * of 40, target 25). For journeys that conclude it themselves.
 */
export async function runningExperiment(
  manager: GraphqlClient,
  opts: { title: string; ownerEmail?: string },
): Promise<{ id: string; title: string }> {
  const me = ok(await manager.gql('{ me { id unit { id } } }')).me;
  let ownerId: string = me.id;
  if (opts.ownerEmail) {
    const people = ok(await manager.gql('{ people { id email } }')).people as Array<{
      id: string;
      email: string;
    }>;
    ownerId = people.find((p) => p.email === opts.ownerEmail)!.id;
  }
  const created = ok(
    await manager.gql(`mutation($i: CreateExperimentInput!) { createExperiment(input: $i) { id version } }`, {
      i: {
        title: opts.title,
        unitId: me.unit.id,
        ownerId,
        affectsEmployees: false,
        acceptableLoss: 'To uker med litt ekstra arbeid',
        actions: ['DARE', 'LEARN'],
        theme: 'HEALTH_AND_CARE',
        hypothesis: {
          change: 'kveldsbesøk på video',
          targetGroup: 'hjemmeboende eldre',
          expectedEffect: 'færre fysiske besøk',
          metric: 'fysiske kveldsbesøk per uke',
          baseline: 40,
          target: 25,
        },
      },
    }),
  ).createExperiment;
  ok(
    await manager.gql(`mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { id version } }`, {
      i: { id: created.id, version: created.version },
    }),
  );
  ok(
    await manager.gql(`mutation($i: AddMeasurementInput!) { addMeasurement(input: $i) { id } }`, {
      i: { experimentId: created.id, measuredOn: '2026-11-01', value: 36, note: 'Målt av teamleder' },
    }),
  );
  return { id: created.id, title: opts.title };
}

/**
 * A concluded experiment, made over the API: `manager` creates it in their own unit with
 * `ownerId` (or themselves) as owner, starts it and concludes it with `result` and a learning
 * card. For journeys that need an experiment to write a lesson from.
 */
export async function concludedExperiment(
  manager: GraphqlClient,
  opts: { title: string; ownerEmail?: string; result?: 'SUPPORTED' | 'NOT_SUPPORTED' | 'INCONCLUSIVE' },
): Promise<{ id: string; title: string }> {
  const started = await runningExperiment(manager, opts);
  const version = ok(
    await manager.gql(`query($id: ID!) { experiment(id: $id) { version } }`, { id: started.id }),
  ).experiment.version;
  ok(
    await manager.gql(
      `mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { id state } }`,
      {
        i: {
          id: started.id,
          version,
          result: opts.result ?? 'NOT_SUPPORTED',
          learningCard: {
            believed: 'Vi trodde video kunne erstatte kveldsbesøk',
            observed: 'Besøkene gikk bare ned fra 40 til 36',
            learned: 'Det er samtalen ved døren som teller, ikke tilsynet',
            nextStep: 'ADJUST_AND_RETRY',
          },
        },
      },
    ),
  );
  return started;
}
