/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { baseUrl, loginAs, ok, refused, unique, type GraphqlClient } from '../support/graphql-client.js';
import { runningExperiment } from '../support/lessons.js';
import { liveClient, sleep, subscribe, type Live } from '../support/live.js';
import { networks } from '../support/lk-api.js';
import { publishToNetwork, spreadOf } from '../support/spread.js';

/**
 * The twin of the browser's headline journey, over HTTP on the demo data: Bodø's owner
 * concludes and writes the lesson, Bodø's lead publishes it to Innovasjonsnettverk Nord →
 * Kinn's manager finds it by an inflected word ("dørsensoren" for "Dørsensor"), adopts it →
 * Bodø's owner, subscribed over graphql-ws with the session cookie, receives `lesson.adopted`
 * once the adoption has committed (and nothing for a refused one) → Kinn measures its own
 * baseline, runs, concludes and shares its lesson → Bodø's lesson shows the replication with
 * Kinn's result and its change against Kinn's own baseline.
 */
const NOTIFICATION_ADDED = `subscription Live { notificationAdded { id kind subjectType subjectId title organisationName readAt } }`;
const NETWORK = 'Innovasjonsnettverk Nord';

const cookieOf = (c: GraphqlClient) => `lk_session=${c.cookie('lk_session')}`;

describe('a lesson spreads from Bodø to Kinn and back (API, demo data)', () => {
  const tag = unique();
  const title = `Dørsensor om natta ${tag}`;
  let bodoOwner: GraphqlClient;
  let bodoLead: GraphqlClient;
  let kinnManager: GraphqlClient;
  let kinnLead: GraphqlClient;
  let networkId = '';
  let lessonId = '';
  let adopted: { id: string; unitId: string } = { id: '', unitId: '' };
  let live: Live;
  const open: Array<{ dispose(): unknown }> = [];

  const version = async (c: GraphqlClient, id: string) =>
    ok(await c.gql(`query($id: ID!) { experiment(id: $id) { version } }`, { id })).experiment
      .version as number;

  const conclude = (c: GraphqlClient, id: string, v: number, learned: string) =>
    c.gql(`mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { state } }`, {
      i: {
        id,
        version: v,
        result: 'SUPPORTED',
        learningCard: { believed: 'At sensoren held', observed: 'Færre rundar', learned, nextStep: 'SCALE' },
      },
    });

  beforeAll(async () => {
    [bodoOwner, bodoLead, kinnManager, kinnLead] = await Promise.all(
      ['ansatt@bodo.demo', 'innovasjon@bodo.demo', 'leder.heime@kinn.demo', 'innovasjon@kinn.demo'].map((e) =>
        loginAs(e),
      ),
    );
    networkId = (await networks(bodoLead)).find((n) => n.name === NETWORK)!.id;
  });

  afterAll(async () => {
    for (const o of open) await o.dispose();
  });

  it('Bodø’s owner concludes and writes the lesson; Bodø’s lead publishes it to the network', async () => {
    const experiment = await runningExperiment(await loginAs('leder.hjemme@bodo.demo'), {
      title,
      ownerEmail: 'ansatt@bodo.demo',
    });
    expect(
      ok(await conclude(bodoOwner, experiment.id, await version(bodoOwner, experiment.id), 'Sensoren gir ro'))
        .concludeExperiment.state,
    ).toBe('CONCLUDED');
    lessonId = (await publishToNetwork(bodoOwner, bodoLead, experiment.id, networkId, title)).id;
    const lesson = ok(
      await bodoOwner.gql(`query($id: ID!) { lesson(id: $id) { state reach networks { name } } }`, {
        id: lessonId,
      }),
    ).lesson;
    expect(lesson).toEqual({ state: 'PUBLISHED', reach: 'NETWORK', networks: [{ name: NETWORK }] });
  });

  it('Kinn’s manager finds it by an inflected word of its title', async () => {
    const { hits } = ok(
      await kinnManager.gql(`query { search(query: "dørsensoren") { hits { id kind title own } } }`),
    ).search;
    expect(hits).toContainEqual({ id: lessonId, kind: 'LESSON', title, own: false });
  });

  it('Kinn’s manager adopts it; Bodø’s owner receives lesson.adopted live after commit, and nothing for a refused one', async () => {
    const mine = liveClient(baseUrl(), cookieOf(bodoOwner));
    open.push(mine);
    await mine.connected;
    live = subscribe(mine.client, NOTIFICATION_ADDED);
    await sleep(300); // the subscription is registered
    const options = (await spreadOf(kinnManager, lessonId)).adoptOptions;
    const unitId = options.units.find((u: any) => u.name === 'Heimetenesta Florø').id;
    const sent = Date.now();
    const made = ok(
      await kinnManager.gql(
        `mutation($i: AdoptLessonInput!) { adoptLesson(input: $i) { adoptionId state experiment { id state sourceLesson { id } }
           lesson { id adoptionCount rollup { adoptions inProgress } adoptions { id state organisationName } } } }`,
        { i: { lessonId, unitId } },
      ),
    ).adoptLesson;
    const answered = Date.now();
    expect(made).toMatchObject({
      state: 'PLANNED',
      experiment: { state: 'PLANNED', sourceLesson: { id: lessonId } },
    });
    // The answer carries the lesson's spread as it stands after the adoption (the web's cache takes it from there).
    expect(made.lesson.id).toBe(lessonId);
    expect(made.lesson.adoptions).toContainEqual({
      id: made.adoptionId,
      state: 'PLANNED',
      organisationName: 'Kinn kommune',
    });
    expect(made.lesson.rollup.inProgress).toBeGreaterThanOrEqual(1);
    adopted = { id: made.experiment.id, unitId };
    await live.atLeast(1);
    process.stdout.write(
      `spread-across (API): adoptLesson answered in ${answered - sent} ms, lesson.adopted received ${Date.now() - sent} ms after sending\n`,
    );
    expect(live.results[0].data.notificationAdded).toMatchObject({
      kind: 'lesson.adopted',
      subjectId: lessonId,
      title,
      organisationName: 'Kinn kommune',
      readAt: null,
    });
    // The same notice as the centre lists.
    const listed = ok(
      await bodoOwner.gql('{ notifications { id kind subjectId organisationName } }'),
    ).notifications;
    expect(listed).toContainEqual({
      id: live.results[0].data.notificationAdded.id,
      kind: 'lesson.adopted',
      subjectId: lessonId,
      organisationName: 'Kinn kommune',
    });
    // A second open adoption in the same unit is refused, rolled back, and tells no one.
    expect(
      refused(
        await kinnManager.gql(`mutation($i: AdoptLessonInput!) { adoptLesson(input: $i) { adoptionId } }`, {
          i: { lessonId, unitId },
        }),
      ).extensions?.code,
    ).toBe('CONFLICT');
    await sleep(500);
    expect(live.results).toHaveLength(1);
  });

  it('Kinn runs it against its own baseline, concludes and shares it; Bodø’s lesson shows the replication', async () => {
    const id = adopted.id;
    ok(
      await kinnManager.gql(
        `mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { version } }`,
        {
          i: { id, version: await version(kinnManager, id), hypothesis: { baseline: 50 } },
        },
      ),
    );
    ok(
      await kinnManager.gql(
        `mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { state } }`,
        {
          i: { id, version: await version(kinnManager, id) },
        },
      ),
    );
    ok(
      await kinnManager.gql(`mutation($i: AddMeasurementInput!) { addMeasurement(input: $i) { id } }`, {
        i: { experimentId: id, measuredOn: new Date().toISOString().slice(0, 10), value: 35 },
      }),
    );
    ok(await conclude(kinnManager, id, await version(kinnManager, id), 'Det held i Florø òg'));
    // Before Kinn shares its lesson, Bodø sees that Kinn finished it, not how.
    const hidden = await spreadOf(bodoOwner, lessonId);
    expect(hidden.rollup).toMatchObject({ adoptions: 1, organisations: 1, notShared: 1, supported: 0 });
    expect(hidden.adoptions).toEqual([
      expect.objectContaining({
        organisationName: 'Kinn kommune',
        state: 'CONCLUDED',
        resultShared: false,
        result: null,
      }),
    ]);

    const kinnLesson = await publishToNetwork(
      kinnManager,
      kinnLead,
      id,
      networkId,
      `Dørsensor i Florø ${tag}`,
    );
    const shown = await spreadOf(bodoOwner, lessonId);
    expect(shown.adoptionCount).toBe(1);
    expect(shown.rollup).toMatchObject({
      adoptions: 1,
      organisations: 1,
      supported: 1,
      notShared: 0,
      inProgress: 0,
    });
    expect(shown.adoptions).toEqual([
      {
        organisationName: 'Kinn kommune',
        unitName: null,
        state: 'CONCLUDED',
        depth: 1,
        resultShared: true,
        result: 'SUPPORTED',
        lesson: { id: kinnLesson.id, title: kinnLesson.title },
        measured: {
          metric: 'fysiske kveldsbesøk per uke',
          baseline: 50,
          latest: 35,
          target: 25,
          change: -15,
        },
      },
    ]);
    // Kinn sees its own unit's name; Bodø does not.
    const fromKinn = await spreadOf(kinnManager, lessonId);
    expect(fromKinn.adoptions[0].unitName).toBe('Heimetenesta Florø');
  });
});
