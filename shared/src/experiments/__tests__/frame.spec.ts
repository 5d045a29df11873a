import { describe, expect, it } from '@jest/globals';
import { Check, Limits } from '../../core/validation.js';
import {
  checkFrame,
  checkLearningCard,
  checkLearningEntry,
  checkUnionInvolvement,
  type ExperimentFrame,
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
