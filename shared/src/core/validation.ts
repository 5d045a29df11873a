import type { FieldError } from './errors.js';

/** Input limits. The API enforces them; the web forms show the same numbers. */
export const Limits = {
  NAME_MAX: 120,
  EMAIL_MAX: 254,
  PASSWORD_MIN: 12,
  PASSWORD_MAX: 200,
  ORGANISATION_NAME_MAX: 200,
  UNIT_NAME_MAX: 120,
  NETWORK_NAME_MAX: 160,
  NETWORK_DESCRIPTION_MAX: 2000,
  INVITATION_DAYS: 7,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A tiny field validator: collects problems instead of throwing at the first. */
export class Check {
  readonly errors: FieldError[] = [];

  required(field: string, value: string | null | undefined, max: number): this {
    const v = (value ?? '').trim();
    if (!v) this.errors.push({ field, message: 'required' });
    else if (v.length > max) this.errors.push({ field, message: 'tooLong', params: { max } });
    return this;
  }

  email(field: string, value: string | null | undefined): this {
    const v = (value ?? '').trim();
    if (!v) this.errors.push({ field, message: 'required' });
    else if (v.length > Limits.EMAIL_MAX || !EMAIL.test(v)) this.errors.push({ field, message: 'invalidEmail' });
    return this;
  }

  password(field: string, value: string | null | undefined): this {
    const v = value ?? '';
    if (v.length < Limits.PASSWORD_MIN) this.errors.push({ field, message: 'passwordTooShort', params: { min: Limits.PASSWORD_MIN } });
    else if (v.length > Limits.PASSWORD_MAX) this.errors.push({ field, message: 'tooLong', params: { max: Limits.PASSWORD_MAX } });
    return this;
  }

  rule(field: string, ok: boolean, message: string, params?: FieldError['params']): this {
    if (!ok) this.errors.push({ field, message, ...(params ? { params } : {}) });
    return this;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
