import { describe, expect, it } from '@jest/globals';
import { Check } from '../../core/validation.js';
import { checkLesson, checkLessonReach, normaliseLessonTags, type LessonFields } from '../lesson-fields.js';

const lesson = (over: Partial<LessonFields> = {}): LessonFields => ({
  title: 'Lyset vekket dem',
  summary: '',
  whatWorked: '',
  whatDidNot: '',
  advice: '',
  conditions: '',
  tags: [],
  ...over,
});
const problems = (c: Check) => c.errors.map((e) => `${e.field}:${e.message}`);

describe('checkLesson', () => {
  it('needs a title of at most 140 characters; the texts may be empty', () => {
    expect(problems(checkLesson(new Check(), lesson()))).toEqual([]);
    expect(problems(checkLesson(new Check(), lesson({ title: '  ' })))).toEqual(['title:required']);
    expect(problems(checkLesson(new Check(), lesson({ title: 'x'.repeat(141) })))).toEqual(['title:tooLong']);
  });
  it('keeps texts within 4000 characters', () => {
    expect(
      problems(checkLesson(new Check(), lesson({ advice: 'x'.repeat(4001), conditions: 'x'.repeat(4000) }))),
    ).toEqual(['advice:tooLong']);
  });
  it('takes at most ten keywords of at most 40 characters, counted after normalising', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `ord${i}`);
    expect(problems(checkLesson(new Check(), lesson({ tags: [...ten, 'ORD0', ' ord1 '] })))).toEqual([]);
    expect(problems(checkLesson(new Check(), lesson({ tags: [...ten, 'ord10'] })))).toEqual(['tags:tooMany']);
    expect(problems(checkLesson(new Check(), lesson({ tags: ['x'.repeat(41)] })))).toEqual(['tags:tooLong']);
  });
});

describe('normaliseLessonTags', () => {
  it('trims, collapses spaces, drops empty ones and case-insensitive repeats, keeps the order', () => {
    expect(normaliseLessonTags([' Søvn ', 'søvn', '', 'natt  tilsyn', 'Natt tilsyn', 'eldre'])).toEqual([
      'Søvn',
      'natt tilsyn',
      'eldre',
    ]);
  });
});

describe('checkLessonReach', () => {
  it('NETWORK needs one to twenty networks; any other reach names none', () => {
    expect(problems(checkLessonReach(new Check(), 'NETWORK', ['n1']))).toEqual([]);
    expect(problems(checkLessonReach(new Check(), 'NETWORK', []))).toEqual(['networkIds:required']);
    expect(
      problems(
        checkLessonReach(
          new Check(),
          'NETWORK',
          Array.from({ length: 21 }, (_, i) => `n${i}`),
        ),
      ),
    ).toEqual(['networkIds:tooMany']);
    expect(problems(checkLessonReach(new Check(), 'PUBLIC', ['n1']))).toEqual(['networkIds:invalid']);
    expect(problems(checkLessonReach(new Check(), 'EVERYWHERE', []))).toEqual(['reach:invalid']);
  });
});
