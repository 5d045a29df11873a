import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InnovationAction, Role, Theme } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { addPerson, buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { ExperimentEntity } from '../experiment.entity.js';
import type { UpdateExperimentInput } from '../dto/experiments.inputs.js';

/** The frame as stored, flat. */
const stored = (e: ExperimentEntity) => ({
  title: e.title,
  summary: e.summary,
  change: e.change,
  targetGroup: e.targetGroup,
  expectedEffect: e.expectedEffect,
  metric: e.metric,
  baseline: e.baseline,
  target: e.target,
  byDate: e.byDate,
  acceptableLoss: e.acceptableLoss,
  hours: e.hours,
  nok: e.nok,
  affectsEmployees: e.affectsEmployees,
  actions: e.actions,
  sdgs: e.sdgs,
  theme: e.theme,
});
type Stored = ReturnType<typeof stored>;
type Change = Omit<UpdateExperimentInput, 'id' | 'version'>;

describe('updateExperiment changes only what it is given (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  /** A fresh experiment with every optional field filled. */
  const full = () =>
    s.experiments.create(o.sectorManager, {
      unitId: o.units.team,
      title: 'Hentebokser',
      summary: 'Hjelpemidler hentes i bokser',
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
      affectsEmployees: true,
      actions: [InnovationAction.DARE, InnovationAction.LEARN],
      sdgs: [3, 11],
      theme: Theme.HEALTH_AND_CARE,
    });
  const reload = (id: string) => env.ds.manager.findOneByOrFail(ExperimentEntity, { id });
  const audits = (id: string) => env.ds.manager.countBy(AuditEventEntity, { entityId: id });
  const update = (e: ExperimentEntity, change: Change) =>
    s.experiments.update(o.sectorManager, { id: e.id, version: e.version, ...change });

  // Each optional field with another value: the update gives only that field.
  const others: Array<[keyof Stored, Change, unknown]> = [
    ['title', { title: 'Hentebokser i sentrum' }, 'Hentebokser i sentrum'],
    ['summary', { summary: 'Noe annet' }, 'Noe annet'],
    ['change', { hypothesis: { change: 'hentehyller' } }, 'hentehyller'],
    ['targetGroup', { hypothesis: { targetGroup: 'brukere' } }, 'brukere'],
    ['expectedEffect', { hypothesis: { expectedEffect: 'kortere kø' } }, 'kortere kø'],
    ['metric', { hypothesis: { metric: 'minutter i kø' } }, 'minutter i kø'],
    ['baseline', { hypothesis: { baseline: 41 } }, 41],
    ['target', { hypothesis: { target: 16 } }, 16],
    ['byDate', { hypothesis: { byDate: '2027-04-01' } }, '2027-04-01'],
    ['acceptableLoss', { acceptableLoss: 'Tre bokser' }, 'Tre bokser'],
    ['hours', { hours: 12.5 }, 12.5],
    ['nok', { nok: 1000 }, 1000],
    ['affectsEmployees', { affectsEmployees: false }, false],
    ['actions', { actions: [InnovationAction.LEAD] }, [InnovationAction.LEAD]],
    ['sdgs', { sdgs: [4] }, [4]],
    ['theme', { theme: Theme.WELFARE }, Theme.WELFARE],
  ];

  it.each(others)(
    'an update of %s alone changes it and keeps every other field',
    async (key, change, value) => {
      const e = await full();
      const before = stored(await reload(e.id));
      const returned = await update(e, change);
      const after = stored(await reload(e.id));
      expect(after).toEqual({ ...before, [key]: value });
      expect(stored(returned)).toEqual(after);
      expect(returned.version).toBe(e.version + 1);
    },
  );

  it('a title alone keeps actions, goals, theme, hours, NOK and the hypothesis (the reported case)', async () => {
    const e = await full();
    await update(e, { title: 'Bare ny tittel' });
    expect(stored(await reload(e.id))).toMatchObject({
      actions: [InnovationAction.DARE, InnovationAction.LEARN],
      sdgs: [3, 11],
      theme: Theme.HEALTH_AND_CARE,
      hours: 40,
      nok: 30000,
      baseline: 40,
      target: 15,
      byDate: '2027-03-01',
    });
  });

  const cleared: Array<[keyof Stored, Change, unknown]> = [
    ['summary', { summary: null }, ''],
    ['change', { hypothesis: { change: null } }, ''],
    ['targetGroup', { hypothesis: { targetGroup: null } }, ''],
    ['expectedEffect', { hypothesis: { expectedEffect: null } }, ''],
    ['baseline', { hypothesis: { baseline: null } }, null],
    ['target', { hypothesis: { target: null } }, null],
    ['byDate', { hypothesis: { byDate: null } }, null],
    ['acceptableLoss', { acceptableLoss: null }, ''],
    ['hours', { hours: null }, null],
    ['nok', { nok: null }, null],
    ['actions', { actions: null }, []],
    ['sdgs', { sdgs: null }, []],
    ['theme', { theme: null }, null],
  ];

  it.each(cleared)('null clears %s and nothing else', async (key, change, value) => {
    const e = await full();
    const before = stored(await reload(e.id));
    await update(e, change);
    expect(stored(await reload(e.id))).toEqual({ ...before, [key]: value });
  });

  it.each([
    ['title', { title: null }, 'required'],
    ['affectsEmployees', { affectsEmployees: null }, 'cannotClear'],
    ['hypothesis', { hypothesis: null }, 'cannotClear'],
  ] as Array<[string, Change, string]>)(
    'null for %s is refused naming the field, and nothing is written',
    async (field, change, message) => {
      const e = await full();
      const before = stored(await reload(e.id));
      const trail = await audits(e.id);
      const err = await refusal(update(e, change));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields).toEqual([{ field, message }]);
      const after = await reload(e.id);
      expect(stored(after)).toEqual(before);
      expect(after.version).toBe(e.version);
      expect(await audits(e.id)).toBe(trail);
    },
  );

  it('the frame rules hold on the merged result: clearing the metric of a target is refused, so is a target without one', async () => {
    const e = await full();
    const err = await refusal(update(e, { hypothesis: { metric: null } }));
    expect(err.fields).toEqual([{ field: 'hypothesis.metric', message: 'metricNeeded' }]);
    expect((await reload(e.id)).metric).toBe('avbrudd per uke');

    const bare = await update(e, { hypothesis: { metric: null, baseline: null, target: null } });
    expect(stored(bare)).toMatchObject({ metric: '', baseline: null, target: null });
    const alone = await refusal(update(bare, { hypothesis: { target: 10 } }));
    expect(alone.fields).toEqual([{ field: 'hypothesis.metric', message: 'metricNeeded' }]);
    expect((await reload(e.id)).target).toBeNull();
  });

  it('a change that changes nothing writes no audit row and keeps the version', async () => {
    const e = await full();
    const trail = await audits(e.id);
    const same = await update(e, {
      title: '  Hentebokser ',
      summary: 'Hjelpemidler hentes i bokser',
      hypothesis: { metric: 'avbrudd per uke', baseline: 40, target: 15, byDate: '2027-03-01' },
      hours: 40,
      nok: 30000,
      affectsEmployees: true,
      actions: [InnovationAction.LEARN, InnovationAction.DARE],
      sdgs: [11, 3],
      theme: Theme.HEALTH_AND_CARE,
    });
    expect(same.version).toBe(e.version);
    const empty = await update(e, {});
    expect(empty.version).toBe(e.version);
    expect((await reload(e.id)).version).toBe(e.version);
    expect(await audits(e.id)).toBe(trail);
  });

  it('a real change writes one audit row with the before and after of the frame', async () => {
    const e = await full();
    const trail = await audits(e.id);
    await update(e, { hours: 41 });
    expect(await audits(e.id)).toBe(trail + 1);
    const row = await env.ds.manager.findOneByOrFail(AuditEventEntity, {
      entityId: e.id,
      action: 'experiment.edited',
    });
    expect(row.before).toMatchObject({ hours: 40, nok: 30000 });
    expect(row.after).toMatchObject({ hours: 41, nok: 30000 });
  });

  it('a stale version is refused even when the change would change nothing', async () => {
    const e = await full();
    await update(e, { hours: 41 });
    const err = await refusal(update(e, { hours: 41 }));
    expect(err.code).toBe('CONFLICT');
  });

  it('setting the same team again writes nothing', async () => {
    const e = await full();
    const trail = await audits(e.id);
    const same = await s.team.set(o.sectorManager, {
      id: e.id,
      version: e.version,
      ownerId: o.sectorManager.personId,
      memberIds: [],
    });
    expect(same.version).toBe(e.version);
    expect(await audits(e.id)).toBe(trail);
  });

  it('a new team with the same owner moves the version on, so the old version is refused (no lost update)', async () => {
    const e = await full();
    const moved = await s.team.set(o.sectorManager, {
      id: e.id,
      version: e.version,
      ownerId: o.sectorManager.personId,
      memberIds: [o.employee.personId],
    });
    expect(moved.version).toBe(e.version + 1);
    const err = await refusal(
      s.team.set(o.sectorManager, {
        id: e.id,
        version: e.version,
        ownerId: o.sectorManager.personId,
        memberIds: [o.colleague.personId],
      }),
    );
    expect(err.code).toBe('CONFLICT');
  });

  it('refuses a union involvement dated in the future, writing nothing', async () => {
    const e = await full();
    const trail = await audits(e.id);
    const err = await refusal(
      s.union.record(o.rep, {
        experimentId: e.id,
        occurredOn: '2999-01-01',
        who: 'Tillitsvalgt',
        whatWasSaid: 'Ja',
      }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(await audits(e.id)).toBe(trail);
  });

  it('refuses a reader as the owner (they could not run it), naming ownerId, and changes nothing', async () => {
    const e = await full();
    const reader = await addPerson(env.ds.manager, o.org.id, [Role.READER]);
    const err = await refusal(
      s.team.set(o.sectorManager, { id: e.id, version: e.version, ownerId: reader.id, memberIds: [] }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toContainEqual(
      expect.objectContaining({ field: 'ownerId', message: 'ownerCannotWrite' }),
    );
    expect((await env.ds.manager.findOneByOrFail(ExperimentEntity, { id: e.id })).ownerId).toBe(e.ownerId);
  });
});
