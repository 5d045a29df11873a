import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type request from 'supertest';
import { InnovationAction } from '@laerekraft/shared';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { signedInAgent } from '../../testing/http.js';
import { cycleServices } from '../../testing/services.js';

/**
 * A mutation that adds a part to an experiment (partner, union involvement, measurement,
 * learning-log entry) answers with the experiment it changed, read in the mutation's own
 * transaction: the new part is in its list, its event ends the timeline, and viewerCan has
 * moved with it. The web app updates the page from this answer alone, without a refetch.
 */
interface Answer {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}
type Agent = ReturnType<typeof request.agent>;

const TIMELINE = 'timeline { id action at }';
const lastAction = (timeline: Array<{ action: string; at: string }>) =>
  [...timeline].sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.action;

describe('the parts of an experiment answer with the experiment they changed (real HTTP, real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  let experimentId: string;
  const agents: Record<string, Agent> = {};

  const gql = async (who: string, query: string, variables: Record<string, unknown>): Promise<Answer> =>
    (await agents[who].post('/graphql').set('content-type', 'application/json').send({ query, variables }))
      .body as Answer;

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    o = await buildOrganisation(m);
    const s = cycleServices(env.app);
    // It changes employees' working conditions: it may start only once the union is involved.
    experimentId = (
      await s.experiments.create(o.sectorManager, {
        unitId: o.units.team,
        title: 'Nattlys i hjemmetjenesten',
        hypothesis: { change: '', targetGroup: '', expectedEffect: '', metric: 'Fall per måned' },
        acceptableLoss: '',
        affectsEmployees: true,
        actions: [InnovationAction.DARE],
      })
    ).id;
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    agents.owner = await signedInAgent(app, m, o.sectorManager.personId);
    agents.rep = await signedInAgent(app, m, o.rep.personId);
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('addPartner: the experiment carries the new partner and ends its timeline with the addition', async () => {
    const res = await gql(
      'owner',
      `mutation($i: AddPartnerInput!) {
        addPartner(input: $i) { id experiment { id partnerCount partners { id name } ${TIMELINE} } }
      }`,
      { i: { experimentId, kind: 'VOLUNTARY_SECTOR', name: 'Frivilligsentralen', role: 'Besøksvenner' } },
    );
    expect(res.errors).toBeUndefined();
    const { id, experiment } = res.data!.addPartner;
    expect(experiment.id).toBe(experimentId);
    expect(experiment.partners).toContainEqual({ id, name: 'Frivilligsentralen' });
    expect(experiment.partnerCount).toBe(experiment.partners.length);
    expect(lastAction(experiment.timeline)).toBe('experiment.partner.added');
  });

  it('recordUnionInvolvement: the experiment carries the involvement, and may now start', async () => {
    const before = await gql('owner', `query($id: ID!) { experiment(id: $id) { viewerCan { start } } }`, {
      id: experimentId,
    });
    expect(before.data!.experiment.viewerCan.start).toBe(false);
    const res = await gql(
      'rep',
      `mutation($i: RecordUnionInvolvementInput!) {
        recordUnionInvolvement(input: $i) { id experiment { id unionInvolvements { id who } ${TIMELINE} } }
      }`,
      { i: { experimentId, occurredOn: '2026-11-02', who: 'Fagforbundet', whatWasSaid: 'Positive' } },
    );
    expect(res.errors).toBeUndefined();
    const { id, experiment } = res.data!.recordUnionInvolvement;
    expect(experiment.unionInvolvements).toContainEqual({ id, who: 'Fagforbundet' });
    expect(lastAction(experiment.timeline)).toBe('experiment.union.recorded');
    // The owner's own answer reads the facts after the change: start is allowed now.
    const after = await gql(
      'owner',
      `mutation($i: RecordUnionInvolvementInput!) {
        recordUnionInvolvement(input: $i) { experiment { unionInvolvements { id } viewerCan { start } } }
      }`,
      { i: { experimentId, occurredOn: '2026-11-03', who: 'Tillitsvalgt', whatWasSaid: 'Ok' } },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.recordUnionInvolvement.experiment.unionInvolvements).toHaveLength(2);
    expect(after.data!.recordUnionInvolvement.experiment.viewerCan.start).toBe(true);
  });

  it('addMeasurement: the experiment carries the reading and ends its timeline with it', async () => {
    const res = await gql(
      'owner',
      `mutation($i: AddMeasurementInput!) {
        addMeasurement(input: $i) { id experiment { id measurements { id value } ${TIMELINE} } }
      }`,
      { i: { experimentId, measuredOn: '2026-11-10', value: 4, note: 'Første måned' } },
    );
    expect(res.errors).toBeUndefined();
    const { id, experiment } = res.data!.addMeasurement;
    expect(experiment.measurements).toEqual([{ id, value: 4 }]);
    expect(lastAction(experiment.timeline)).toBe('experiment.measurement.added');
  });

  it('addLearningEntry and editLearningEntry: the experiment carries the entry as it now reads', async () => {
    const added = await gql(
      'owner',
      `mutation($i: AddLearningEntryInput!) {
        addLearningEntry(input: $i) {
          id version
          experiment { id entryCount lastEntryOn learningEntries { id text } ${TIMELINE} }
        }
      }`,
      { i: { experimentId, kind: 'OBSERVATION', entryDate: '2026-11-11', text: 'Færre fall om natten' } },
    );
    expect(added.errors).toBeUndefined();
    const entry = added.data!.addLearningEntry;
    expect(entry.experiment.learningEntries).toContainEqual({ id: entry.id, text: 'Færre fall om natten' });
    expect(entry.experiment.entryCount).toBe(1);
    expect(entry.experiment.lastEntryOn).toBe('2026-11-11');
    expect(lastAction(entry.experiment.timeline)).toBe('experiment.log.added');

    const edited = await gql(
      'owner',
      `mutation($i: EditLearningEntryInput!) {
        editLearningEntry(input: $i) { id experiment { id learningEntries { id text } ${TIMELINE} } }
      }`,
      { i: { id: entry.id, version: entry.version, text: 'Færre fall om natten, flere om morgenen' } },
    );
    expect(edited.errors).toBeUndefined();
    const { experiment } = edited.data!.editLearningEntry;
    expect(experiment.learningEntries).toEqual([
      { id: entry.id, text: 'Færre fall om natten, flere om morgenen' },
    ]);
    expect(lastAction(experiment.timeline)).toBe('experiment.log.edited');
  });
});
