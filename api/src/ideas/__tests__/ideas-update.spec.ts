import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InnovationAction, Theme } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { IdeaEntity } from '../idea.entity.js';
import type { UpdateIdeaInput } from '../dto/ideas.inputs.js';

const stored = (i: IdeaEntity) => ({
  title: i.title,
  needWhose: i.needWhose,
  needObserved: i.needObserved,
  proposal: i.proposal,
  benefit: i.benefit,
  actions: i.actions,
  sdgs: i.sdgs,
  theme: i.theme,
  unitId: i.unitId,
  hideAuthor: i.hideAuthor,
});
type Stored = ReturnType<typeof stored>;
type Change = Omit<UpdateIdeaInput, 'id' | 'version'>;

describe('updateIdea changes only what it is given (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  const full = () =>
    s.ideas.create(o.employee, {
      title: 'Nattilsyn med sensor',
      unitId: o.units.team,
      needWhose: 'Hjemmeboende eldre',
      needObserved: 'Nattevaktene ser det',
      proposal: 'Sensorer i ti hjem',
      benefit: 'Bedre søvn',
      actions: [InnovationAction.DARE, InnovationAction.COLLABORATE],
      sdgs: [3, 10],
      theme: Theme.HEALTH_AND_CARE,
      hideAuthor: true,
    });
  const reload = (id: string) => env.ds.manager.findOneByOrFail(IdeaEntity, { id });
  const audits = (id: string) => env.ds.manager.countBy(AuditEventEntity, { entityId: id });
  const update = (i: IdeaEntity, change: Change) =>
    s.ideas.update(o.employee, { id: i.id, version: i.version, ...change });

  const others: Array<[keyof Stored, Change, unknown]> = [
    ['title', { title: 'Nattsensor' }, 'Nattsensor'],
    ['needWhose', { needWhose: 'Pårørende' }, 'Pårørende'],
    ['needObserved', { needObserved: 'Klager' }, 'Klager'],
    ['proposal', { proposal: 'Sensorer i tjue hjem' }, 'Sensorer i tjue hjem'],
    ['benefit', { benefit: 'Færre fall' }, 'Færre fall'],
    ['actions', { actions: [InnovationAction.LEAD] }, [InnovationAction.LEAD]],
    ['sdgs', { sdgs: [1] }, [1]],
    ['theme', { theme: Theme.WELFARE }, Theme.WELFARE],
    ['hideAuthor', { hideAuthor: false }, false],
  ];

  it.each(others)(
    'an update of %s alone changes it and keeps every other field',
    async (key, change, value) => {
      const i = await full();
      const before = stored(await reload(i.id));
      const returned = await update(i, change);
      const after = stored(await reload(i.id));
      expect(after).toEqual({ ...before, [key]: value });
      expect(stored(returned)).toEqual(after);
      expect(returned.version).toBe(i.version + 1);
    },
  );

  it('title and unit keep proposal, benefit and tags (the reported case)', async () => {
    const i = await full();
    const before = stored(await reload(i.id));
    await update(i, { title: 'Nattsensor', unitId: o.units.department });
    expect(stored(await reload(i.id))).toEqual({
      ...before,
      title: 'Nattsensor',
      unitId: o.units.department,
    });
  });

  const cleared: Array<[keyof Stored, Change, unknown]> = [
    ['needWhose', { needWhose: null }, ''],
    ['needObserved', { needObserved: null }, ''],
    ['proposal', { proposal: null }, ''],
    ['benefit', { benefit: null }, ''],
    ['actions', { actions: null }, []],
    ['sdgs', { sdgs: null }, []],
    ['theme', { theme: null }, null],
  ];

  it.each(cleared)('null clears %s and nothing else', async (key, change, value) => {
    const i = await full();
    const before = stored(await reload(i.id));
    await update(i, change);
    expect(stored(await reload(i.id))).toEqual({ ...before, [key]: value });
  });

  it.each([
    ['title', { title: null }, 'required'],
    ['unitId', { unitId: null }, 'cannotClear'],
    ['hideAuthor', { hideAuthor: null }, 'cannotClear'],
  ] as Array<[string, Change, string]>)(
    'null for %s is refused naming the field',
    async (field, change, message) => {
      const i = await full();
      const trail = await audits(i.id);
      const err = await refusal(update(i, change));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields).toEqual([{ field, message }]);
      expect((await reload(i.id)).version).toBe(i.version);
      expect(await audits(i.id)).toBe(trail);
    },
  );

  it('a change that changes nothing writes no audit row and keeps the version', async () => {
    const i = await full();
    const trail = await audits(i.id);
    const same = await update(i, {
      title: ' Nattilsyn med sensor ',
      proposal: 'Sensorer i ti hjem',
      actions: [InnovationAction.COLLABORATE, InnovationAction.DARE],
      sdgs: [10, 3],
      unitId: o.units.team,
      hideAuthor: true,
    });
    expect(same.version).toBe(i.version);
    expect((await update(i, {})).version).toBe(i.version);
    expect((await reload(i.id)).version).toBe(i.version);
    expect(await audits(i.id)).toBe(trail);
  });

  it('a real change writes one audit row', async () => {
    const i = await full();
    const trail = await audits(i.id);
    await update(i, { benefit: 'Færre fall' });
    expect(await audits(i.id)).toBe(trail + 1);
  });
});
