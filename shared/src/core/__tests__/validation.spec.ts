import { describe, expect, it } from '@jest/globals';
import { Check, Limits, daysBetween, isIsoDate, todayIso } from '../validation.js';

describe('Check', () => {
  it('collects every problem with its field', () => {
    const c = new Check()
      .required('name', '  ', 10)
      .email('email', 'not-an-email')
      .password('password', 'short');
    expect(c.ok).toBe(false);
    expect(c.errors).toEqual([
      { field: 'name', message: 'required' },
      { field: 'email', message: 'invalidEmail' },
      { field: 'password', message: 'passwordTooShort', params: { min: Limits.PASSWORD_MIN } },
    ]);
  });
  it('passes good input', () => {
    const c = new Check()
      .required('name', 'Kari', 10)
      .email('email', 'kari@bodo.kommune.no')
      .password('password', 'x'.repeat(12));
    expect(c.ok).toBe(true);
  });
  it('refuses too long values with the limit', () => {
    expect(new Check().required('name', 'x'.repeat(11), 10).errors).toEqual([
      { field: 'name', message: 'tooLong', params: { max: 10 } },
    ]);
  });
});

import { isLearnableReason } from '../validation.js';

describe('isLearnableReason', () => {
  it.each(['', '   ', 'Nei', 'Nei.', 'Budsjett', 'Ikke nå', '!!! ???'])('refuses %j', (v) =>
    expect(isLearnableReason(v)).toBe(false),
  );
  it.each(['Mangler budsjett i år', 'Overlapper med forsøket i Bodø', 'Too costly for now.'])(
    'accepts %j',
    (v) => expect(isLearnableReason(v)).toBe(true),
  );
  it('reports a short reason with its minimum', () => {
    expect(new Check().reason('reason', 'Nei').errors).toEqual([
      { field: 'reason', message: 'reasonTooShort', params: { min: Limits.REASON_MIN_CHARS } },
    ]);
  });
});

describe('isIsoDate', () => {
  it('takes real calendar dates PostgreSQL can store, and nothing else', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false); // a date to JavaScript, not to PostgreSQL
    expect(isIsoDate('26-02-28')).toBe(false);
  });
});

describe('Check.notInFuture', () => {
  it('refuses a date after today and takes today, the past and an empty value', () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(new Check().notInFuture('d', ahead).errors).toEqual([{ field: 'd', message: 'dateInFuture' }]);
    expect(new Check().notInFuture('d', todayIso()).ok).toBe(true);
    expect(new Check().notInFuture('d', '2020-01-01').ok).toBe(true);
    expect(new Check().notInFuture('d', null).ok).toBe(true);
  });
});

describe('todayIso', () => {
  it('is the date in Norway, whatever the machine’s time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1 in winter).
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across a change to summer time and backwards', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
    expect(daysBetween('2026-12-01', '2026-12-01')).toBe(0);
  });
});
