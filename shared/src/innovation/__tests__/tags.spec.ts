import { describe, expect, it } from '@jest/globals';
import { Check } from '../../core/validation.js';
import { REFLECTION_PROMPTS, checkTags } from '../tags.js';

describe('checkTags', () => {
  it('accepts known actions, up to five goals and a known theme', () => {
    expect(
      checkTags(new Check(), { actions: ['DARE', 'LEARN'], sdgs: [3, 4, 5, 11, 17], theme: 'CULTURE' })
        .errors,
    ).toEqual([]);
  });
  it('names every problem', () => {
    expect(
      checkTags(new Check(), { actions: ['DARE', 'FLY'], sdgs: [0, 1, 2, 3, 4, 5], theme: 'SPACE' }).errors,
    ).toEqual([
      { field: 'actions', message: 'unknownAction' },
      { field: 'sdgs', message: 'unknownSdg' },
      { field: 'sdgs', message: 'tooMany', params: { max: 5 } },
      { field: 'theme', message: 'unknownTheme' },
    ]);
  });
});

describe('reflection prompts', () => {
  it('has five for each of the five actions, with unique ids', () => {
    const byAction = new Map<string, number>();
    for (const p of REFLECTION_PROMPTS) byAction.set(p.action, (byAction.get(p.action) ?? 0) + 1);
    expect([...byAction.values()]).toEqual([5, 5, 5, 5, 5]);
    expect(new Set(REFLECTION_PROMPTS.map((p) => p.id)).size).toBe(25);
  });
});

import { normaliseActions, normaliseSdgs } from '../tags.js';

describe('normalised tags', () => {
  it('keeps each action once, in the order of the five actions', () => {
    expect(normaliseActions(['COLLABORATE', 'DARE', 'COLLABORATE', 'LEARN'])).toEqual([
      'DARE',
      'LEARN',
      'COLLABORATE',
    ]);
    expect(normaliseActions(null)).toEqual([]);
  });
  it('keeps each goal once, ascending', () => {
    expect(normaliseSdgs([17, 3, 3, 1])).toEqual([1, 3, 17]);
  });
});
