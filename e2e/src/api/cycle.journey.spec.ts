/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

/**
 * The dare-to-try cycle over HTTP on the real server and the demo data (Bodø):
 * an employee drafts and submits → a manager declines with a reason → the employee
 * submits a new idea → the manager approves → the team records union involvement,
 * starts, logs and measures → concludes NOT_SUPPORTED with a learning card. An employee
 * of another municipality sees none of it.
 */
const IDEA_FIELDS = `id state version title decisionReason experiment { id state version } viewerCan { edit submit decide backOrComment }
  timeline { action reason actor { name } }`;

describe('the dare-to-try cycle', () => {
  let employee: GraphqlClient;
  let manager: GraphqlClient;
  let rep: GraphqlClient;
  let outsider: GraphqlClient;
  let unitId: string;
  const tag = unique();
  const ids: { declined?: string; approved?: string; experiment?: string } = {};

  beforeAll(async () => {
    [employee, manager, rep, outsider] = await Promise.all([
      loginAs('ansatt@bodo.demo'),
      loginAs('leder.helse@bodo.demo'),
      loginAs('tillitsvalgt@bodo.demo'),
      loginAs('ansatt@bergen.demo'),
    ]);
    unitId = ok(await employee.gql('{ me { unit { id name } } }')).me.unit.id;
  });

  const draftAndSubmit = async (title: string) => {
    const created = ok(
      await employee.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { ${IDEA_FIELDS} } }`, {
        i: {
          title,
          unitId,
          needWhose: 'Pårørende som henter hjelpemidler',
          needObserved: 'Kø ved lageret hver ettermiddag',
          proposal: 'Hentebokser med kode',
          benefit: 'Kortere ventetid',
          actions: ['DARE', 'COLLABORATE'],
          sdgs: [3, 11],
          theme: 'HEALTH_AND_CARE',
        },
      }),
    ).createIdea;
    expect(created.state).toBe('DRAFT');
    // a draft is the author's alone
    expect(
      refused(await manager.gql(`query($id: ID!) { idea(id: $id) { id } }`, { id: created.id })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const sent = ok(
      await employee.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { ${IDEA_FIELDS} } }`, {
        i: { id: created.id, version: created.version },
      }),
    ).submitIdea;
    expect(sent.state).toBe('SUBMITTED');
    return sent;
  };

  it('employee submits; the manager sees it in the review queue and declines with a reason; the employee is told', async () => {
    const idea = await draftAndSubmit(`Hentebokser ${tag}`);
    const queue = ok(
      await manager.gql('{ reviewQueue { id waitingDays viewerCan { decide } } }'),
    ).reviewQueue;
    expect(queue.find((q: any) => q.id === idea.id)).toMatchObject({
      waitingDays: 0,
      viewerCan: { decide: true },
    });
    // the author can't decide on it, and a one-word reason is refused
    expect(
      refused(
        await employee.gql(`mutation($i: DecideIdeaInput!) { declineIdea(input: $i) { id } }`, {
          i: { id: idea.id, version: idea.version, reason: 'Jeg trekker den tilbake selv' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const short = refused(
      await manager.gql(`mutation($i: DecideIdeaInput!) { declineIdea(input: $i) { id } }`, {
        i: { id: idea.id, version: idea.version, reason: 'Nei' },
      }),
    );
    expect(short.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'reason', message: 'reasonTooShort' }],
    });
    const reason = 'Lageret flytter i vår; send inn igjen med det nye lageret i tankene';
    const declined = ok(
      await manager.gql(`mutation($i: DecideIdeaInput!) { declineIdea(input: $i) { ${IDEA_FIELDS} } }`, {
        i: { id: idea.id, version: idea.version, reason },
      }),
    ).declineIdea;
    expect(declined).toMatchObject({ state: 'DECLINED', decisionReason: reason });
    // what happened while it was a draft is the author's alone
    expect(declined.timeline.map((t: any) => t.action)).toEqual(['idea.submitted', 'idea.declined']);
    expect(declined.timeline[1]).toMatchObject({ reason, actor: { name: 'Lars Leder' } });
    const own = ok(
      await employee.gql(`query($id: ID!) { idea(id: $id) { timeline { action } } }`, { id: idea.id }),
    ).idea;
    expect(own.timeline.map((t: any) => t.action)).toEqual([
      'idea.created',
      'idea.submitted',
      'idea.declined',
    ]);
    // a declined idea cannot be resubmitted
    expect(
      refused(
        await employee.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id } }`, {
          i: { id: idea.id, version: declined.version },
        }),
      ).extensions?.code,
    ).toBe('INVALID_TRANSITION');
    const notes = ok(await employee.gql('{ notifications { kind subjectId reason } }')).notifications;
    expect(notes).toContainEqual({ kind: 'idea.declined', subjectId: idea.id, reason });
    ids.declined = idea.id;
  });

  it('the employee submits a new idea; the manager approves it, which creates a planned experiment', async () => {
    const idea = await draftAndSubmit(`Hentebokser, nytt lager ${tag}`);
    const stale = refused(
      await manager.gql(`mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { id } }`, {
        i: { id: idea.id, version: idea.version + 5 },
      }),
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
    const approved = ok(
      await manager.gql(`mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { ${IDEA_FIELDS} } }`, {
        i: { id: idea.id, version: idea.version },
      }),
    ).approveIdea;
    expect(approved.state).toBe('APPROVED');
    expect(approved.experiment).toMatchObject({ state: 'PLANNED' });
    ids.approved = idea.id;
    ids.experiment = approved.experiment.id;
    const exp = ok(
      await employee.gql(
        `query($id: ID!) { experiment(id: $id) { title owner { name } team { name } actions sdgs theme idea { id } } }`,
        { id: ids.experiment },
      ),
    ).experiment;
    expect(exp).toMatchObject({
      title: `Hentebokser, nytt lager ${tag}`,
      owner: { name: 'Aslak Ansatt' },
      actions: ['DARE', 'COLLABORATE'],
      sdgs: [3, 11],
      theme: 'HEALTH_AND_CARE',
      idea: { id: idea.id },
    });
  });

  it('the team frames the experiment, records union involvement, starts, logs and measures, and concludes NOT_SUPPORTED', async () => {
    const id = ids.experiment!;
    const get = async (c: GraphqlClient) =>
      ok(
        await c.gql(
          `query($id: ID!) { experiment(id: $id) { id state version result learningCard { believed observed learned nextStep } viewerCan { start conclude log }
        unionInvolvements { who } measurements { measuredOn value } learningEntries { kind text promptId author { name } } timeline { action } } }`,
          { id },
        ),
      ).experiment;
    let e = await get(employee);
    const framed = ok(
      await employee.gql(
        `mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { version affectsEmployees hypothesis { metric baseline target byDate } } }`,
        {
          i: {
            id,
            version: e.version,
            title: `Hentebokser, nytt lager ${tag}`,
            hypothesis: {
              change: 'hentebokser',
              targetGroup: 'pårørende',
              expectedEffect: 'færre avbrudd',
              metric: 'avbrudd per uke',
              baseline: 40,
              target: 15,
              byDate: '2027-03-01',
            },
            acceptableLoss: 'To bokser og noen timer',
            hours: 40,
            nok: 30000,
            affectsEmployees: true,
          },
        },
      ),
    ).updateExperiment;
    expect(framed).toMatchObject({
      affectsEmployees: true,
      hypothesis: { metric: 'avbrudd per uke', baseline: 40, target: 15, byDate: '2027-03-01' },
    });

    const early = refused(
      await employee.gql(`mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { id } }`, {
        i: { id, version: framed.version },
      }),
    );
    expect(early.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      fields: [{ field: 'unionInvolvements', message: 'unionInvolvementRequired' }],
    });

    // Each part answers with the experiment it changed: the new part and its timeline event.
    const recorded = ok(
      await rep.gql(
        `mutation($i: RecordUnionInvolvementInput!) {
          recordUnionInvolvement(input: $i) { id experiment { id unionInvolvements { id } timeline { action } } }
        }`,
        {
          i: {
            experimentId: id,
            occurredOn: '2026-11-20',
            who: 'Tone Tillitsvalgt, Fagforbundet',
            whatWasSaid: 'Enige, så lenge ingen får utlevering som tilleggsoppgave',
          },
        },
      ),
    ).recordUnionInvolvement;
    expect(recorded.experiment.id).toBe(id);
    expect(recorded.experiment.unionInvolvements).toEqual([{ id: recorded.id }]);
    expect(recorded.experiment.timeline.at(-1).action).toBe('experiment.union.recorded');
    const started = ok(
      await employee.gql(
        `mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { state version } }`,
        { i: { id, version: framed.version } },
      ),
    ).startExperiment;
    expect(started.state).toBe('RUNNING');

    for (const [d, v] of [
      ['2026-11-21', 38],
      ['2026-11-25', 35],
    ] as const) {
      const added = ok(
        await employee.gql(
          `mutation($i: AddMeasurementInput!) {
            addMeasurement(input: $i) { id experiment { measurements { id value } timeline { action } } }
          }`,
          { i: { experimentId: id, measuredOn: d, value: v } },
        ),
      ).addMeasurement;
      expect(added.experiment.measurements.at(-1)).toEqual({ id: added.id, value: v });
      expect(added.experiment.timeline.at(-1).action).toBe('experiment.measurement.added');
    }
    ok(
      await employee.gql(`mutation($i: AddLearningEntryInput!) { addLearningEntry(input: $i) { id } }`, {
        i: {
          experimentId: id,
          kind: 'OBSERVATION',
          text: 'Mange ringer **likevel** for å spørre',
          entryDate: '2026-11-22',
        },
      }),
    );
    const entry = ok(
      await manager.gql(
        `mutation($i: AddLearningEntryInput!) { addLearningEntry(input: $i) { id version } }`,
        {
          i: {
            experimentId: id,
            kind: 'REFLECTION',
            text: 'Vi turte å slippe kontrollen',
            promptId: 'dare1',
            entryDate: '2026-11-26',
          },
        },
      ),
    ).addLearningEntry;
    // entries keep their history; only the author edits
    expect(
      refused(
        await employee.gql(`mutation($i: EditLearningEntryInput!) { editLearningEntry(input: $i) { id } }`, {
          i: { id: entry.id, version: entry.version, kind: 'REFLECTION', text: 'Overskrevet' },
        }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const edited = ok(
      await manager.gql(
        `mutation($i: EditLearningEntryInput!) { editLearningEntry(input: $i) { text revisions { text version } } }`,
        {
          i: {
            id: entry.id,
            version: entry.version,
            kind: 'REFLECTION',
            text: 'Vi turte å slippe kontrollen, og det gikk bra',
            promptId: 'dare1',
          },
        },
      ),
    ).editLearningEntry;
    expect(edited).toMatchObject({
      text: 'Vi turte å slippe kontrollen, og det gikk bra',
      revisions: [{ text: 'Vi turte å slippe kontrollen', version: 1 }],
    });

    e = await get(employee);
    expect(e.viewerCan).toMatchObject({ conclude: true, log: true, start: false });
    const card = {
      believed: 'Bokser gir færre avbrudd',
      observed: 'Avbruddene gikk bare litt ned',
      learned: 'Pårørende vil helst snakke med noen',
      nextStep: 'ADJUST_AND_RETRY',
    };
    const noCard = refused(
      await employee.gql(`mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { id } }`, {
        i: { id, version: e.version, result: 'NOT_SUPPORTED', learningCard: { ...card, learned: ' ' } },
      }),
    );
    expect(noCard.extensions?.fields).toEqual([{ field: 'learningCard.learned', message: 'required' }]);
    const done = ok(
      await employee.gql(
        `mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { state result learningCard { believed observed learned nextStep } } }`,
        {
          i: { id, version: e.version, result: 'NOT_SUPPORTED', learningCard: card },
        },
      ),
    ).concludeExperiment;
    expect(done).toEqual({ state: 'CONCLUDED', result: 'NOT_SUPPORTED', learningCard: card });

    e = await get(employee);
    expect(e.measurements).toEqual([
      { measuredOn: '2026-11-21', value: 38 },
      { measuredOn: '2026-11-25', value: 35 },
    ]);
    expect(e.learningEntries.map((l: any) => l.kind)).toEqual(['REFLECTION', 'OBSERVATION']);
    expect(e.unionInvolvements).toEqual([{ who: 'Tone Tillitsvalgt, Fagforbundet' }]);
    expect(e.timeline.map((t: any) => t.action)).toEqual([
      'experiment.created',
      'experiment.edited',
      'experiment.union.recorded',
      'experiment.started',
      'experiment.measurement.added',
      'experiment.measurement.added',
      'experiment.log.added',
      'experiment.log.added',
      'experiment.log.edited',
      'experiment.concluded',
    ]);
    // a concluded experiment is closed: no further transitions or entries
    expect(
      refused(
        await employee.gql(`mutation($i: StopExperimentInput!) { stopExperiment(input: $i) { id } }`, {
          i: { id, version: e.version, reason: 'Vi stopper likevel nå', learningCard: card },
        }),
      ).extensions?.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('a hidden author stays hidden: in the idea, its timeline and the experiment it becomes', async () => {
    const created = ok(
      await employee.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }`, {
        i: {
          title: `Skjult ${tag}`,
          unitId,
          hideAuthor: true,
          needWhose: 'a',
          needObserved: 'b',
          proposal: 'c',
          benefit: 'd',
        },
      }),
    ).createIdea;
    const sent = ok(
      await employee.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id version } }`, {
        i: created,
      }),
    ).submitIdea;
    const q = `query($id: ID!) { idea(id: $id) { author { name } timeline { action actor { name } } } }`;
    const seenByRep = ok(await rep.gql(q, { id: sent.id })).idea;
    expect(seenByRep.author).toBeNull();
    expect(JSON.stringify(seenByRep.timeline)).not.toContain('Aslak');
    const lead = await loginAs('innovasjon@bodo.demo');
    expect(ok(await lead.gql(q, { id: sent.id })).idea.author).toEqual({ name: 'Aslak Ansatt' });
    const approved = ok(
      await manager.gql(
        `mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { experiment { owner { name } team { name } timeline { actor { name } } } } }`,
        {
          i: { id: sent.id, version: sent.version },
        },
      ),
    ).approveIdea;
    expect(approved.experiment.owner).toEqual({ name: 'Lars Leder' });
    expect(JSON.stringify(approved.experiment)).not.toContain('Aslak');
  });

  it('only the owner or a manager changes the team', async () => {
    const e = ok(
      await employee.gql(`query($id: ID!) { experiment(id: $id) { id version owner { id } } }`, {
        id: ids.experiment,
      }),
    ).experiment;
    const member = ok(await rep.gql('{ me { id } }')).me.id;
    // the demo experiment is concluded by now: make a fresh one as the manager, with the employee on the team
    const fresh = ok(
      await manager.gql(
        `mutation($i: CreateExperimentInput!) { createExperiment(input: $i) { id version } }`,
        {
          i: {
            title: `Team ${tag}`,
            unitId,
            hypothesis: { change: 'x', targetGroup: 'y', expectedEffect: 'z', metric: 'm' },
            acceptableLoss: 'lite',
            affectsEmployees: false,
          },
        },
      ),
    ).createExperiment;
    const managerId = ok(await manager.gql('{ me { id } }')).me.id;
    const employeeId = ok(await employee.gql('{ me { id } }')).me.id;
    const withTeam = ok(
      await manager.gql(
        `mutation($i: SetExperimentTeamInput!) { setExperimentTeam(input: $i) { version team { id } } }`,
        {
          i: { id: fresh.id, version: fresh.version, ownerId: managerId, memberIds: [employeeId] },
        },
      ),
    ).setExperimentTeam;
    const grab = refused(
      await employee.gql(`mutation($i: SetExperimentTeamInput!) { setExperimentTeam(input: $i) { id } }`, {
        i: { id: fresh.id, version: withTeam.version, ownerId: employeeId, memberIds: [member] },
      }),
    );
    expect(grab.extensions?.code).toBe('FORBIDDEN');
    expect(e.owner.id).toBe(employeeId);
  });

  it('an employee of another municipality sees none of it', async () => {
    for (const [q, id] of [
      ['query($id: ID!) { idea(id: $id) { id } }', ids.declined],
      ['query($id: ID!) { idea(id: $id) { id } }', ids.approved],
      ['query($id: ID!) { experiment(id: $id) { id } }', ids.experiment],
    ] as const) {
      expect(refused(await outsider.gql(q, { id })).extensions?.code).toBe('NOT_FOUND');
    }
    const lists = ok(
      await outsider.gql(
        '{ ideas(first: 50) { nodes { id title } } experiments(first: 50) { nodes { id title } } reviewQueue { id } }',
      ),
    );
    const seen = JSON.stringify(lists);
    expect(seen).not.toContain(tag);
    expect(seen).not.toContain(ids.experiment);
    expect(
      refused(
        await outsider.gql(`mutation($i: AddLearningEntryInput!) { addLearningEntry(input: $i) { id } }`, {
          i: { experimentId: ids.experiment, kind: 'OBSERVATION', text: 'Innbrudd' },
        }),
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
