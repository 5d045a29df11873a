import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

/** Over HTTP on the real server: an update changes only the fields it is given (absent keeps, null clears). */
const FRAME = `id version title summary acceptableLoss hours nok affectsEmployees actions sdgs theme
  hypothesis { change targetGroup expectedEffect metric baseline target byDate }`;
const IDEA = `id version title needWhose needObserved proposal benefit actions sdgs theme hideAuthor unit { id }`;

describe('partial updates', () => {
  let employee: GraphqlClient;
  let manager: GraphqlClient;
  let unitId: string;
  const tag = unique();

  beforeAll(async () => {
    [employee, manager] = await Promise.all([loginAs('ansatt@bodo.demo'), loginAs('leder.helse@bodo.demo')]);
    unitId = ok(await employee.gql('{ me { unit { id } } }')).me.unit.id;
  });

  it('updateExperiment with a title and summary: null keeps the frame and clears only the summary', async () => {
    const created = ok(
      await manager.gql(`mutation($i: CreateExperimentInput!) { createExperiment(input: $i) { ${FRAME} } }`, {
        i: {
          title: `Delvis ${tag}`,
          summary: 'Oppsummering',
          unitId,
          hypothesis: {
            change: 'hentebokser',
            targetGroup: 'pårørende',
            expectedEffect: 'færre avbrudd',
            metric: 'avbrudd per uke',
            baseline: 40,
            target: 15,
            byDate: '2027-03-01',
          },
          acceptableLoss: 'To bokser',
          hours: 40,
          nok: 30000,
          affectsEmployees: false,
          actions: ['DARE'],
          sdgs: [3],
          theme: 'HEALTH_AND_CARE',
        },
      }),
    ).createExperiment;
    const updated = ok(
      await manager.gql(`mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { ${FRAME} } }`, {
        i: { id: created.id, version: created.version, title: `Delvis endret ${tag}`, summary: null },
      }),
    ).updateExperiment;
    expect(updated).toEqual({
      ...created,
      version: created.version + 1,
      title: `Delvis endret ${tag}`,
      summary: '',
    });

    const same = ok(
      await manager.gql(`mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { version } }`, {
        i: { id: created.id, version: updated.version, title: updated.title, hypothesis: { target: 15 } },
      }),
    ).updateExperiment;
    expect(same.version).toBe(updated.version);

    const title = refused(
      await manager.gql(`mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { id } }`, {
        i: { id: created.id, version: updated.version, title: null },
      }),
    );
    expect(title.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'title', message: 'required' }],
    });
  });

  it('updateIdea with a title and unit keeps proposal, benefit and tags', async () => {
    const created = ok(
      await employee.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { ${IDEA} } }`, {
        i: {
          title: `Delvis idé ${tag}`,
          unitId,
          needWhose: 'Pårørende',
          proposal: 'Hentebokser',
          benefit: 'Kortere ventetid',
          actions: ['COLLABORATE'],
          sdgs: [11],
          theme: 'HEALTH_AND_CARE',
        },
      }),
    ).createIdea;
    const updated = ok(
      await employee.gql(`mutation($i: UpdateIdeaInput!) { updateIdea(input: $i) { ${IDEA} } }`, {
        i: { id: created.id, version: created.version, title: `Delvis idé endret ${tag}`, unitId },
      }),
    ).updateIdea;
    expect(updated).toEqual({ ...created, version: created.version + 1, title: `Delvis idé endret ${tag}` });

    const cleared = ok(
      await employee.gql(`mutation($i: UpdateIdeaInput!) { updateIdea(input: $i) { ${IDEA} } }`, {
        i: { id: created.id, version: updated.version, benefit: null, theme: null },
      }),
    ).updateIdea;
    expect(cleared).toEqual({ ...updated, version: updated.version + 1, benefit: '', theme: null });
  });
});
