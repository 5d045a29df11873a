/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';
import { concludedExperiment } from '../support/lessons.js';
import { publishToNetwork, sharedNetwork, spreadOf } from '../support/spread.js';

/**
 * Spread across two municipalities, over HTTP on the real server and the demo data: Bodø
 * concludes an experiment and publishes its lesson to a network Bergen is a member of →
 * Bergen's innovation lead adopts it ("Prøv dette hos oss") as a planned experiment, and
 * Bodø's team is told → Bergen measures its own baseline, runs and concludes it → while
 * Bergen keeps its result to itself Bodø counts it as "result not shared" → Bergen publishes
 * its lesson to the network → Bodø's lesson shows Bergen's result and its change against
 * Bergen's own baseline.
 */
describe('adoption and lineage across municipalities', () => {
  let bodoManager: GraphqlClient;
  let bodoLead: GraphqlClient;
  let bodoReader: GraphqlClient;
  let bergenLead: GraphqlClient;
  let bergenEmployee: GraphqlClient;
  let networkId = '';
  let source: { id: string; title: string };
  let adopted: any;
  const tag = unique();

  beforeAll(async () => {
    [bodoManager, bodoLead, bodoReader, bergenLead, bergenEmployee] = await Promise.all([
      loginAs('leder.helse@bodo.demo'),
      loginAs('innovasjon@bodo.demo'),
      loginAs('direktor@bodo.demo'),
      loginAs('innovasjon@bergen.demo'),
      loginAs('ansatt@bergen.demo'),
    ]);
    networkId = (await sharedNetwork([bodoLead, bergenLead])).id;
    const experiment = await concludedExperiment(bodoManager, {
      title: `Kveldsbesøk på video ${tag}`,
      result: 'SUPPORTED',
    });
    source = await publishToNetwork(
      bodoManager,
      bodoLead,
      experiment.id,
      networkId,
      `Video om kvelden ${tag}`,
    );
  });

  it('before anyone adopts it, the roll-up is empty and Bergen is offered to try it', async () => {
    const before = await spreadOf(bergenLead, source.id);
    expect(before.rollup).toMatchObject({ adoptions: 0, organisations: 0 });
    expect(before.adoptions).toEqual([]);
    expect(before.viewerCanAdopt).toEqual({ asExperiment: true, asIdea: false });
    expect(before.adoptOptions.asIdea).toBe(false);
    expect(before.adoptOptions.units.length).toBeGreaterThan(0);
    // An employee is offered to propose it as an idea (in any unit, their own first); a reader nothing.
    const employee = await spreadOf(bergenEmployee, source.id);
    expect(employee.viewerCanAdopt).toEqual({ asExperiment: false, asIdea: true });
    expect(employee.adoptOptions.asIdea).toBe(true);
    expect(employee.adoptOptions.units.map((u: any) => u.id)).toContain(employee.adoptOptions.ownUnitId);
    const reader = await spreadOf(bodoReader, source.id);
    expect(reader.viewerCanAdopt).toEqual({ asExperiment: false, asIdea: false });
    expect(reader.adoptOptions).toEqual({ asIdea: false, units: [], ownUnitId: null });
  });

  it('Bergen’s innovation lead adopts it: a planned experiment pre-filled from the lesson, linked to it; Bodø’s team is told', async () => {
    const unitId = (await spreadOf(bergenLead, source.id)).adoptOptions.units[0].id;
    const made = ok(
      await bergenLead.gql(
        `mutation($i: AdoptLessonInput!) { adoptLesson(input: $i) { adoptionId state idea { id }
           experiment { id version state title hypothesis { change targetGroup metric baseline target } sourceLesson { id title organisationName } } } }`,
        { i: { lessonId: source.id, unitId } },
      ),
    ).adoptLesson;
    expect(made).toMatchObject({
      state: 'PLANNED',
      idea: null,
      experiment: {
        state: 'PLANNED',
        title: source.title,
        hypothesis: {
          change: 'kveldsbesøk på video',
          metric: 'fysiske kveldsbesøk per uke',
          baseline: null,
          target: 25,
        },
        sourceLesson: { id: source.id, title: source.title, organisationName: 'Bodø kommune' },
      },
    });
    adopted = { ...made.experiment, unitId };
    // The same unit cannot open a second adoption of it while this one is open.
    expect(
      refused(
        await bergenLead.gql(`mutation($i: AdoptLessonInput!) { adoptLesson(input: $i) { adoptionId } }`, {
          i: { lessonId: source.id, unitId },
        }),
      ).extensions?.code,
    ).toBe('CONFLICT');
    // A reader adopts nothing.
    expect(
      refused(
        await bodoReader.gql(`mutation($i: AdoptLessonInput!) { adoptLesson(input: $i) { adoptionId } }`, {
          i: { lessonId: source.id, unitId: adopted.unitId },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const notices = ok(await bodoManager.gql('{ notifications { kind subjectId } }')).notifications;
    expect(notices).toContainEqual({ kind: 'lesson.adopted', subjectId: source.id });
    const running = await spreadOf(bodoReader, source.id);
    expect(running.adoptionCount).toBe(1);
    expect(running.rollup).toMatchObject({ adoptions: 1, organisations: 1, inProgress: 1 });
    expect(running.adoptions).toEqual([
      expect.objectContaining({
        organisationName: 'Bergen kommune',
        unitName: null,
        state: 'PLANNED',
        depth: 1,
      }),
    ]);
  });

  it('Bergen measures its own baseline, runs and concludes it; Bodø sees it finished, its result not shared', async () => {
    let v = ok(
      await bergenLead.gql(
        `mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { version } }`,
        {
          i: {
            id: adopted.id,
            version: adopted.version,
            affectsEmployees: false,
            hypothesis: { baseline: 50 },
          },
        },
      ),
    ).updateExperiment.version;
    ok(
      await bergenLead.gql(
        `mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { version } }`,
        {
          i: { id: adopted.id, version: v },
        },
      ),
    );
    ok(
      await bergenLead.gql(`mutation($i: AddMeasurementInput!) { addMeasurement(input: $i) { id } }`, {
        i: { experimentId: adopted.id, measuredOn: '2026-11-15', value: 30 },
      }),
    );
    v = ok(await bergenLead.gql(`query($id: ID!) { experiment(id: $id) { version } }`, { id: adopted.id }))
      .experiment.version;
    ok(
      await bergenLead.gql(
        `mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { state } }`,
        {
          i: {
            id: adopted.id,
            version: v,
            result: 'SUPPORTED',
            learningCard: {
              believed: 'Vi trodde det Bodø fant ville holde hos oss',
              observed: 'Besøkene gikk fra 50 til 30',
              learned: 'Det holdt, også i en større kommune',
              nextStep: 'SCALE',
            },
          },
        },
      ),
    );
    const finished = await spreadOf(bodoReader, source.id);
    expect(finished.rollup).toMatchObject({ adoptions: 1, inProgress: 0, supported: 0, notShared: 1 });
    expect(finished.adoptions[0]).toMatchObject({
      state: 'CONCLUDED',
      resultShared: false,
      result: null,
      lesson: null,
      measured: null,
    });
    // Bergen sees its own result at once, from its experiment.
    expect((await spreadOf(bergenLead, source.id)).adoptions[0]).toMatchObject({
      resultShared: true,
      result: 'SUPPORTED',
      measured: { baseline: 50, latest: 30, target: 25, change: -20 },
    });
  });

  it('once Bergen publishes its lesson to the network, Bodø’s lesson shows Bergen’s result against Bergen’s own baseline', async () => {
    const bergenLesson = await publishToNetwork(
      bergenLead,
      bergenLead,
      adopted.id,
      networkId,
      `Video om kvelden i Bergen ${tag}`,
    );
    const shared = await spreadOf(bodoReader, source.id);
    expect(shared.rollup).toMatchObject({ adoptions: 1, organisations: 1, supported: 1, notShared: 0 });
    expect(shared.adoptions).toEqual([
      {
        organisationName: 'Bergen kommune',
        unitName: null,
        state: 'CONCLUDED',
        depth: 1,
        resultShared: true,
        result: 'SUPPORTED',
        lesson: { id: bergenLesson.id, title: bergenLesson.title },
        measured: {
          metric: 'fysiske kveldsbesøk per uke',
          baseline: 50,
          latest: 30,
          target: 25,
          change: -20,
        },
      },
    ]);
    // Bergen's experiment says what it builds on, for Bergen.
    expect(
      ok(
        await bergenLead.gql(`query($id: ID!) { experiment(id: $id) { sourceLesson { id } } }`, {
          id: adopted.id,
        }),
      ).experiment.sourceLesson,
    ).toEqual({ id: source.id });
  });
});
