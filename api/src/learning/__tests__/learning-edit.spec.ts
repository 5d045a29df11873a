import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InnovationAction, LearningEntryKind } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from '../learning-entry.entity.js';
import type { EditLearningEntryInput } from '../dto/learning.inputs.js';

type Change = Omit<EditLearningEntryInput, 'id' | 'version'>;
const stored = (e: LearningEntryEntity) => ({ kind: e.kind, text: e.text, promptId: e.promptId });

describe('editLearningEntry changes only what it is given (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  let experimentId: string;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
    experimentId = (
      await s.experiments.create(o.sectorManager, {
        unitId: o.units.team,
        title: 'Logg',
        hypothesis: { change: '', targetGroup: '', expectedEffect: '', metric: '' },
        acceptableLoss: '',
        affectsEmployees: false,
        actions: [InnovationAction.LEARN],
      })
    ).id;
  });
  afterAll(() => env.close());

  const entry = () =>
    s.learning.add(o.sectorManager, {
      experimentId,
      kind: LearningEntryKind.INSIGHT,
      text: 'Folk henter om kvelden',
      promptId: 'learn1',
    });
  const reload = (id: string) => env.ds.manager.findOneByOrFail(LearningEntryEntity, { id });
  const written = async (id: string) => ({
    revisions: await env.ds.manager.countBy(LearningEntryRevisionEntity, { entryId: id }),
    audits: await env.ds.manager.countBy(AuditEventEntity, { entityId: experimentId }),
  });
  const edit = (e: LearningEntryEntity, change: Change) =>
    s.learning.edit(o.sectorManager, { id: e.id, version: e.version, ...change });

  it.each([
    ['kind', { kind: LearningEntryKind.SETBACK }, LearningEntryKind.SETBACK],
    ['text', { text: 'Folk henter om morgenen' }, 'Folk henter om morgenen'],
    ['promptId', { promptId: 'dare2' }, 'dare2'],
    ['promptId', { promptId: null }, null],
  ] as Array<[keyof ReturnType<typeof stored>, Change, unknown]>)(
    'changing %s keeps the other fields, and keeps the earlier text as a revision',
    async (key, change, value) => {
      const e = await entry();
      const before = stored(await reload(e.id));
      const saved = await edit(e, change);
      expect(stored(await reload(e.id))).toEqual({ ...before, [key]: value });
      expect(saved.version).toBe(e.version + 1);
      expect((await written(e.id)).revisions).toBe(1);
    },
  );

  it.each([
    ['kind', { kind: null }, 'cannotClear'],
    ['text', { text: null }, 'required'],
  ] as Array<[string, Change, string]>)(
    'null for %s is refused naming the field',
    async (field, change, message) => {
      const e = await entry();
      const err = await refusal(edit(e, change));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields).toEqual([{ field, message }]);
      expect(stored(await reload(e.id))).toEqual(stored(e));
    },
  );

  it('an edit that changes nothing writes no revision, no audit row, and keeps the version', async () => {
    const e = await entry();
    const before = await written(e.id);
    const same = await edit(e, {
      kind: LearningEntryKind.INSIGHT,
      text: ' Folk henter om kvelden ',
      promptId: 'learn1',
    });
    expect(same.version).toBe(e.version);
    expect((await edit(e, {})).version).toBe(e.version);
    expect((await reload(e.id)).version).toBe(e.version);
    expect(await written(e.id)).toEqual(before);
  });
});
