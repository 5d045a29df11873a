import { describe, expect, it } from '@jest/globals';
import { Check } from '../../core/validation.js';
import { ChallengeLimits, checkChallengeFields, checkPinNote, type ChallengeFields } from '../challenge.js';

const fields = (over: Partial<ChallengeFields> = {}): ChallengeFields => ({
  title: 'Færre ensomme eldre',
  need: 'Mange eldre hjemmeboende sier de er ensomme.',
  concerns: 'Hjemmeboende over 80',
  deadline: '2027-03-01',
  ...over,
});
const keys = (f: ChallengeFields, today = '2026-12-01') =>
  checkChallengeFields(new Check(), f, today).errors.map((e) => `${e.field}:${e.message}`);

describe('challenge fields', () => {
  it('accepts a complete challenge with a deadline today or later', () => {
    expect(keys(fields())).toEqual([]);
    expect(keys(fields({ deadline: '2026-12-01' }))).toEqual([]);
  });
  it('refuses a deadline in the past, a non-date and missing text', () => {
    expect(keys(fields({ deadline: '2026-11-30' }))).toEqual(['deadline:dateInPast']);
    expect(keys(fields({ deadline: '2026-02-30' }))).toEqual(['deadline:invalidDate']);
    expect(keys(fields({ title: ' ', need: '', concerns: '', deadline: '' }))).toEqual([
      'title:required',
      'need:required',
      'concerns:required',
      'deadline:required',
    ]);
  });
  it('refuses texts over their limits', () => {
    expect(keys(fields({ title: 'x'.repeat(ChallengeLimits.TITLE_MAX + 1) }))).toEqual(['title:tooLong']);
    expect(keys(fields({ concerns: 'x'.repeat(ChallengeLimits.CONCERNS_MAX + 1) }))).toEqual([
      'concerns:tooLong',
    ]);
    expect(checkPinNote(new Check(), 'x'.repeat(ChallengeLimits.NOTE_MAX + 1)).ok).toBe(false);
    expect(checkPinNote(new Check(), null).ok).toBe(true);
  });
});
