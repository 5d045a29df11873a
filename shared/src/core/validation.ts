import type { ErrorKey, FieldError } from './errors.js';

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
  TITLE_MAX: 140,
  TEXT_MAX: 4000,
  SHORT_TEXT_MAX: 500,
  COMMENT_MAX: 2000,
  REASON_MIN_CHARS: 12,
  REASON_MIN_WORDS: 2,
  LOG_ENTRY_MAX: 10000,
  SDGS_MAX: 5,
  TEAM_MAX: 25,
  PARTNERS_MAX: 20,
  PAGE_SIZE_MAX: 50,
  /** Hours set aside for an experiment. */
  HOURS_MAX: 1_000_000,
  /** NOK set aside for an experiment. */
  NOK_MAX: 1_000_000_000,
} as const;

/**
 * A reason someone can learn from: not empty and not a single word
 * (decline and park, stop). "Nei." teaches nothing; "Mangler budsjett i år" does.
 */
export function isLearnableReason(value: string | null | undefined): boolean {
  const v = (value ?? '').trim();
  const words = v.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return v.length >= Limits.REASON_MIN_CHARS && words.length >= Limits.REASON_MIN_WORDS;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isIsoDate(value: string): boolean {
  // Year 0000 is a date to JavaScript, not to PostgreSQL.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001-01-01') return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date (local time) as YYYY-MM-DD: what a person means by "today". */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

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
    else if (v.length > Limits.EMAIL_MAX || !EMAIL.test(v))
      this.errors.push({ field, message: 'invalidEmail' });
    return this;
  }

  password(field: string, value: string | null | undefined): this {
    const v = value ?? '';
    if (v.length < Limits.PASSWORD_MIN)
      this.errors.push({ field, message: 'passwordTooShort', params: { min: Limits.PASSWORD_MIN } });
    else if (v.length > Limits.PASSWORD_MAX)
      this.errors.push({ field, message: 'tooLong', params: { max: Limits.PASSWORD_MAX } });
    return this;
  }

  /** Optional text with a maximum length (or required when `required`). */
  text(field: string, value: string | null | undefined, max: number, required = false): this {
    if (required) return this.required(field, value, max);
    if ((value ?? '').trim().length > max) this.errors.push({ field, message: 'tooLong', params: { max } });
    return this;
  }

  /** A calendar date, YYYY-MM-DD. */
  date(field: string, value: string | null | undefined, required = false): this {
    if (!value) {
      if (required) this.errors.push({ field, message: 'required' });
    } else if (!isIsoDate(value)) this.errors.push({ field, message: 'invalidDate' });
    return this;
  }

  /** A date of something that has happened (an entry, an involvement): not after today. */
  notInFuture(field: string, value: string | null | undefined): this {
    if (value && isIsoDate(value) && value > todayIso()) this.errors.push({ field, message: 'dateInFuture' });
    return this;
  }

  reason(field: string, value: string | null | undefined): this {
    const v = (value ?? '').trim();
    if (!v) this.errors.push({ field, message: 'required' });
    else if (!isLearnableReason(v))
      this.errors.push({ field, message: 'reasonTooShort', params: { min: Limits.REASON_MIN_CHARS } });
    else if (v.length > Limits.TEXT_MAX)
      this.errors.push({ field, message: 'tooLong', params: { max: Limits.TEXT_MAX } });
    return this;
  }

  rule(field: string, ok: boolean, message: ErrorKey, params?: FieldError['params']): this {
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
