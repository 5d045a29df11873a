import { describe, expect, it } from '@jest/globals';
import { actionMask, actionsOfMask, medianOfHistogram, quarterOf, quarterStart } from '../dashboard.js';

describe('portfolio dashboard rules', () => {
  it('keeps actions in a mask by the order of the five actions', () => {
    expect(actionMask(['DARE'])).toBe(1);
    expect(actionMask(['COLLABORATE', 'LEARN'])).toBe(4 | 16);
    expect(actionsOfMask(4 | 16)).toEqual(['LEARN', 'COLLABORATE']);
    expect(actionsOfMask(0)).toEqual([]);
  });

  it('names quarters and their first day', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterStart('2026-Q3')).toBe('2026-07-01');
    expect(quarterStart('2025-Q1')).toBe('2025-01-01');
  });

  it('takes the exact median of a histogram', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 7, n: 0 }])).toBeNull();
    expect(medianOfHistogram([{ value: 7, n: 1 }])).toBe(7);
    // 2, 4, 4, 10 → (4 + 4) / 2
    expect(
      medianOfHistogram([
        { value: 10, n: 1 },
        { value: 2, n: 1 },
        { value: 4, n: 2 },
      ]),
    ).toBe(4);
    // 1, 3 → 2
    expect(
      medianOfHistogram([
        { value: 3, n: 1 },
        { value: 1, n: 1 },
      ]),
    ).toBe(2);
    // 1, 1, 1, 50, 60 → 1
    expect(
      medianOfHistogram([
        { value: 60, n: 1 },
        { value: 1, n: 3 },
        { value: 50, n: 1 },
      ]),
    ).toBe(1);
  });
});
