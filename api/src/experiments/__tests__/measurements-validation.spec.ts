import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InnovationAction, Limits, todayIso } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { MeasurementEntity } from '../experiment-parts.entity.js';
import { ExperimentEntity } from '../experiment.entity.js';

/**
 * A reading feeds the overview ("Siste måling … har nådd målverdien") and the portfolio:
 * one dated 2099 or valued 1e308 is refused, naming the field, and nothing is written.
 */
describe('addMeasurement refuses a reading no one took (real PostgreSQL)', () => {
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
        title: 'Hentebokser',
        hypothesis: {
          change: 'hentebokser',
          targetGroup: 'pårørende',
          expectedEffect: 'færre avbrudd',
          metric: 'avbrudd per uke',
          baseline: 40,
          target: 2,
        },
        acceptableLoss: '',
        affectsEmployees: false,
        actions: [InnovationAction.DARE],
      })
    ).id;
  });
  afterAll(() => env.close());

  const readings = () => env.ds.manager.countBy(MeasurementEntity, { experimentId });
  const audits = () => env.ds.manager.countBy(AuditEventEntity, { entityId: experimentId });
  const version = async () =>
    (await env.ds.manager.findOneByOrFail(ExperimentEntity, { id: experimentId })).version;
  const add = (measuredOn: string, value: number) =>
    s.measurements.add(o.sectorManager, { experimentId, measuredOn, value, note: '' });

  const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  it.each([
    ['a date ahead (2099)', '2099-01-01', 2, { field: 'measuredOn', message: 'dateInFuture' }],
    ['a date the day after tomorrow', ahead, 2, { field: 'measuredOn', message: 'dateInFuture' }],
    [
      'a date before the earliest year',
      '1999-12-31',
      2,
      { field: 'measuredOn', message: 'dateTooEarly', params: { year: Limits.MEASURED_FROM_YEAR } },
    ],
    [
      'a value of 1e308',
      '2026-11-10',
      1e308,
      { field: 'value', message: 'numberTooLarge', params: { digits: Limits.METRIC_DIGITS_MAX } },
    ],
    [
      'a value of -1e12',
      '2026-11-10',
      -1e12,
      { field: 'value', message: 'numberTooLarge', params: { digits: Limits.METRIC_DIGITS_MAX } },
    ],
    ['a value that is no number', '2026-11-10', NaN, { field: 'value', message: 'invalidNumber' }],
    ['a date that does not exist', '2026-13-45', 2, { field: 'measuredOn', message: 'invalidDate' }],
  ])(
    'refuses %s with VALIDATION_FAILED naming the field, and writes nothing',
    async (_, on, value, field) => {
      const [before, trail, v] = [await readings(), await audits(), await version()];
      const err = await refusal(add(on, value));
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.fields).toEqual([field]);
      expect(err.message).toMatch(new RegExp(`^${field.field}: `));
      // A sentence to act on, not the field key the web translates.
      expect(err.message).not.toBe(`${field.field}: ${field.message}`);
      expect([await readings(), await audits(), await version()]).toEqual([before, trail, v]);
    },
  );

  it('names both fields when both are wrong, in a message a person can act on', async () => {
    const err = await refusal(add('2099-01-01', 1e308));
    expect(err.fields.map((f) => `${f.field}:${f.message}`)).toEqual([
      'measuredOn:dateInFuture',
      'value:numberTooLarge',
    ]);
    expect(err.message).toBe(
      `measuredOn: a reading cannot be dated after today; value: use at most ${Limits.METRIC_DIGITS_MAX} digits before the decimal point`,
    );
  });

  it('takes a reading dated today, and one on the first day of the earliest year at the edge of the range', async () => {
    const before = await readings();
    await add(todayIso(), 2);
    await add(`${Limits.MEASURED_FROM_YEAR}-01-01`, -999_999_999_999);
    expect(await readings()).toBe(before + 2);
  });

  it('refuses a baseline or target of 1e308 on the frame too, and leaves the frame as it was', async () => {
    const e = await env.ds.manager.findOneByOrFail(ExperimentEntity, { id: experimentId });
    const err = await refusal(
      s.experiments.update(o.sectorManager, {
        id: e.id,
        version: e.version,
        hypothesis: { baseline: 1e308 },
      }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual([
      {
        field: 'hypothesis.baseline',
        message: 'numberTooLarge',
        params: { digits: Limits.METRIC_DIGITS_MAX },
      },
    ]);
    const after = await env.ds.manager.findOneByOrFail(ExperimentEntity, { id: experimentId });
    expect([after.version, Number(after.baseline)]).toEqual([e.version, 40]);
  });
});
