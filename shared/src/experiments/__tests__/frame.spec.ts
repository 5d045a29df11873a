import { describe, expect, it } from '@jest/globals';
import { Check, Limits, todayIso } from '../../core/validation.js';
import {
  checkFrame,
  checkLearningCard,
  checkLearningEntry,
  checkMeasurement,
  checkUnionInvolvement,
  type ExperimentFrame,
  type MeasurementFields,
} from '../frame.js';

const frame = (over: Partial<ExperimentFrame> = {}, h: Partial<ExperimentFrame['hypothesis']> = {}) => ({
  title: 'Hentebokser',
  summary: '',
  hypothesis: {
    change: 'hentebokser',
    targetGroup: 'pårørende',
    expectedEffect: 'færre avbrudd',
    metric: 'avbrudd per uke',
    baseline: 40,
    target: 15,
    byDate: '2027-03-01',
    ...h,
  },
  acceptableLoss: '',
  hours: null,
  nok: null,
  affectsEmployees: false,
  actions: [],
  sdgs: [],
  theme: null,
  ...over,
});
const problems = (c: Check) => c.errors.map((e) => `${e.field}:${e.message}`);

describe('checkFrame', () => {
  it('passes a whole frame, and an empty one with a title', () => {
    expect(problems(checkFrame(new Check(), frame()))).toEqual([]);
    expect(
      problems(
        checkFrame(
          new Check(),
          frame(
            {},
            {
              change: '',
              targetGroup: '',
              expectedEffect: '',
              metric: '',
              baseline: null,
              target: null,
              byDate: null,
            },
          ),
        ),
      ),
    ).toEqual([]);
  });
  it('needs a title within the limit', () => {
    expect(problems(checkFrame(new Check(), frame({ title: '  ' })))).toEqual(['title:required']);
    expect(problems(checkFrame(new Check(), frame({ title: 'x'.repeat(Limits.TITLE_MAX + 1) })))).toEqual([
      'title:tooLong',
    ]);
  });
  it('refuses a baseline or target without a metric', () => {
    expect(problems(checkFrame(new Check(), frame({}, { metric: ' ', baseline: null })))).toEqual([
      'hypothesis.metric:metricNeeded',
    ]);
    expect(problems(checkFrame(new Check(), frame({}, { metric: '', target: null })))).toEqual([
      'hypothesis.metric:metricNeeded',
    ]);
    expect(
      problems(checkFrame(new Check(), frame({}, { metric: '', target: null, baseline: null }))),
    ).toEqual([]);
  });
  it('keeps hours and NOK within their maxima, NOK whole', () => {
    expect(
      problems(checkFrame(new Check(), frame({ hours: Limits.HOURS_MAX, nok: Limits.NOK_MAX }))),
    ).toEqual([]);
    expect(
      problems(checkFrame(new Check(), frame({ hours: Limits.HOURS_MAX + 1, nok: Limits.NOK_MAX + 1 }))),
    ).toEqual(['hours:outOfRange', 'nok:outOfRange']);
    expect(problems(checkFrame(new Check(), frame({ hours: -1, nok: 10.5 })))).toEqual([
      'hours:outOfRange',
      'nok:outOfRange',
    ]);
    expect(checkFrame(new Check(), frame({ nok: -1 })).errors[0].params).toEqual({
      min: 0,
      max: Limits.NOK_MAX,
    });
  });
  it('refuses numbers that are not numbers, impossible dates and unknown tags', () => {
    expect(
      problems(
        checkFrame(
          new Check(),
          frame(
            { actions: ['DARE', 'FLY'], sdgs: [18], theme: 'SPACE' },
            { baseline: NaN, target: Infinity, byDate: '2027-02-30' },
          ),
        ),
      ),
    ).toEqual([
      'hypothesis.baseline:invalidNumber',
      'hypothesis.target:invalidNumber',
      'hypothesis.byDate:invalidDate',
      'actions:unknownAction',
      'sdgs:unknownSdg',
      'theme:unknownTheme',
    ]);
  });
  it('refuses a baseline or target beyond the digits of a metric, either way, and takes one just inside', () => {
    expect(problems(checkFrame(new Check(), frame({}, { baseline: 1e308, target: -1e12 })))).toEqual([
      'hypothesis.baseline:numberTooLarge',
      'hypothesis.target:numberTooLarge',
    ]);
    expect(checkFrame(new Check(), frame({}, { baseline: 1e308 })).errors[0].params).toEqual({
      digits: Limits.METRIC_DIGITS_MAX,
    });
    expect(checkFrame(new Check(), frame({}, { baseline: -999_999_999_999.5, target: 1e-300 })).ok).toBe(
      true,
    );
  });
  it('allows at most five goals', () => {
    expect(problems(checkFrame(new Check(), frame({ sdgs: [1, 2, 3, 4, 5, 6] })))).toEqual(['sdgs:tooMany']);
  });
});

describe('checkLearningCard', () => {
  it('needs all three texts and the next step', () => {
    expect(problems(checkLearningCard(new Check(), { believed: 'a', observed: ' ', learned: '' }))).toEqual([
      'learningCard.observed:required',
      'learningCard.learned:required',
      'learningCard.nextStep:required',
    ]);
    expect(
      problems(
        checkLearningCard(new Check(), { believed: 'a', observed: 'b', learned: 'c', nextStep: 'SCALE' }),
      ),
    ).toEqual([]);
    expect(problems(checkLearningCard(new Check(), null))).toHaveLength(4);
  });
});

describe('checkLearningEntry', () => {
  it('needs a known kind and text within the limit; a prompt must be known', () => {
    expect(
      problems(checkLearningEntry(new Check(), { kind: 'INSIGHT', text: 'Ja', promptId: 'dare1' })),
    ).toEqual([]);
    expect(problems(checkLearningEntry(new Check(), { kind: null, text: ' ', promptId: null }))).toEqual([
      'kind:required',
      'text:required',
    ]);
    expect(
      problems(
        checkLearningEntry(new Check(), {
          kind: 'RUMOUR',
          text: 'x'.repeat(Limits.LOG_ENTRY_MAX + 1),
          promptId: 'nope',
        }),
      ),
    ).toEqual(['kind:unknownKind', 'text:tooLong', 'promptId:unknownPrompt']);
  });
});

describe('checkUnionInvolvement', () => {
  const ok = { occurredOn: '2026-10-01', who: 'Hovedtillitsvalgt', whatWasSaid: 'Positive, vil følge med' };
  it('takes a dated record of who said what', () => {
    expect(checkUnionInvolvement(new Check(), ok).ok).toBe(true);
  });
  it('refuses a missing date, a date ahead, and missing who or what was said', () => {
    expect(checkUnionInvolvement(new Check(), { ...ok, occurredOn: null }).errors).toContainEqual({
      field: 'occurredOn',
      message: 'required',
    });
    expect(checkUnionInvolvement(new Check(), { ...ok, occurredOn: '2999-01-01' }).errors).toEqual([
      { field: 'occurredOn', message: 'dateInFuture' },
    ]);
    const fields = checkUnionInvolvement(new Check(), { ...ok, who: ' ', whatWasSaid: '' }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(['who', 'whatWasSaid']);
  });
});

describe('checkMeasurement', () => {
  const ok: MeasurementFields = { measuredOn: '2026-11-10', value: 4, note: '' };
  const keys = (over: Partial<MeasurementFields>) =>
    problems(checkMeasurement(new Check(), { ...ok, ...over }));
  it('takes a reading dated today, in the past, or on the first day of the earliest year', () => {
    expect(keys({})).toEqual([]);
    expect(keys({ measuredOn: todayIso() })).toEqual([]);
    expect(keys({ measuredOn: `${Limits.MEASURED_FROM_YEAR}-01-01`, value: -999_999_999_999 })).toEqual([]);
  });
  it('refuses a date after today with the learning log’s key, and one before the earliest year', () => {
    const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(keys({ measuredOn: ahead })).toEqual(['measuredOn:dateInFuture']);
    expect(keys({ measuredOn: '2099-01-01' })).toEqual(['measuredOn:dateInFuture']);
    expect(keys({ measuredOn: '1999-12-31' })).toEqual(['measuredOn:dateTooEarly']);
    expect(checkMeasurement(new Check(), { ...ok, measuredOn: '0202-05-01' }).errors).toEqual([
      { field: 'measuredOn', message: 'dateTooEarly', params: { year: Limits.MEASURED_FROM_YEAR } },
    ]);
    expect(keys({ measuredOn: '' })).toEqual(['measuredOn:required']);
    expect(keys({ measuredOn: '2026-02-30' })).toEqual(['measuredOn:invalidDate']);
  });
  it('refuses a missing value, one that is no number, and one beyond the digits of a metric', () => {
    expect(keys({ value: null })).toEqual(['value:required']);
    expect(keys({ value: NaN })).toEqual(['value:invalidNumber']);
    expect(keys({ value: Infinity })).toEqual(['value:invalidNumber']);
    expect(keys({ value: 1e308 })).toEqual(['value:numberTooLarge']);
    expect(keys({ value: -1e12 })).toEqual(['value:numberTooLarge']);
    expect(keys({ value: 1e12 - 1 })).toEqual([]);
  });
  it('refuses a note longer than a short text', () => {
    expect(keys({ note: 'x'.repeat(Limits.SHORT_TEXT_MAX + 1) })).toEqual(['note:tooLong']);
  });
});
