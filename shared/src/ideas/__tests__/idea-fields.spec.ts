import { describe, expect, it } from '@jest/globals';
import { Check, Limits } from '../../core/validation.js';
import { checkIdeaFields, type IdeaFields } from '../idea-fields.js';

const draft = (over: Partial<IdeaFields> = {}): IdeaFields => ({
  title: 'Nattilsyn med sensor',
  needWhose: '',
  needObserved: '',
  proposal: '',
  benefit: '',
  actions: [],
  sdgs: [],
  theme: null,
  unitId: 'unit-1',
  ...over,
});
const problems = (c: Check) => c.errors.map((e) => `${e.field}:${e.message}`);

describe('checkIdeaFields', () => {
  it('lets a draft be incomplete, but not a submitted idea', () => {
    expect(problems(checkIdeaFields(new Check(), draft(), false))).toEqual([]);
    expect(problems(checkIdeaFields(new Check(), draft(), true))).toEqual([
      'needWhose:required',
      'needObserved:required',
      'proposal:required',
      'benefit:required',
    ]);
  });
  it('always needs a title and a unit, and keeps texts within the limit', () => {
    expect(
      problems(
        checkIdeaFields(
          new Check(),
          draft({ title: '', unitId: '', benefit: 'x'.repeat(Limits.TEXT_MAX + 1) }),
          false,
        ),
      ),
    ).toEqual(['title:required', 'benefit:tooLong', 'unitId:required']);
  });
  it('checks the tags', () => {
    expect(
      problems(checkIdeaFields(new Check(), draft({ sdgs: [1, 2, 3, 4, 5, 6], theme: 'SPACE' }), false)),
    ).toEqual(['sdgs:tooMany', 'theme:unknownTheme']);
  });
});
