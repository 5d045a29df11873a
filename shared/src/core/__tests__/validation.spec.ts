import { describe, expect, it } from '@jest/globals';
import { Check, Limits } from '../validation.js';

describe('Check', () => {
  it('collects every problem with its field', () => {
    const c = new Check().required('name', '  ', 10).email('email', 'not-an-email').password('password', 'short');
    expect(c.ok).toBe(false);
    expect(c.errors).toEqual([
      { field: 'name', message: 'required' },
      { field: 'email', message: 'invalidEmail' },
      { field: 'password', message: 'passwordTooShort', params: { min: Limits.PASSWORD_MIN } },
    ]);
  });
  it('passes good input', () => {
    const c = new Check().required('name', 'Kari', 10).email('email', 'kari@bodo.kommune.no').password('password', 'x'.repeat(12));
    expect(c.ok).toBe(true);
  });
  it('refuses too long values with the limit', () => {
    expect(new Check().required('name', 'x'.repeat(11), 10).errors).toEqual([{ field: 'name', message: 'tooLong', params: { max: 10 } }]);
  });
});
