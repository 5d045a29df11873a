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
  /**
   * Digits a value of a metric (a measurement, a baseline, a target) may have before the
   * decimal point: below 10^12 either way. 1e308 is a number to JavaScript, not a reading.
   */
  METRIC_DIGITS_MAX: 12,
  /** The earliest year a measurement may be dated: a sane floor that catches a mistyped year (0202, 1026). */
  MEASURED_FROM_YEAR: 2000,
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

/** Norway's calendar: what "today" means for a date someone enters, on the server as in the browser. */
const OSLO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Norway (Europe/Oslo) as YYYY-MM-DD: what a person means by "today". Not the
 * machine's zone: an API server on UTC would otherwise refuse an entry dated today between
 * midnight in Oslo and midnight UTC. `now` is for tests.
 */
export function todayIso(now: Date = new Date()): string {
  return OSLO_DAY.format(now);
}

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(fromYmd: string, toYmd: string): number {
  return Math.round((Date.parse(`${toYmd}T12:00:00Z`) - Date.parse(`${fromYmd}T12:00:00Z`)) / 86_400_000);
}

/** A finite value of a metric within the digits a reading can have (below 10^METRIC_DIGITS_MAX either way). */
export function isMetricValue(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < 10 ** Limits.METRIC_DIGITS_MAX;
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

  /** A date not before 1 January of `year`. */
  notBeforeYear(field: string, value: string | null | undefined, year: number): this {
    if (value && isIsoDate(value) && Number(value.slice(0, 4)) < year)
      this.errors.push({ field, message: 'dateTooEarly', params: { year } });
    return this;
  }

  /** An optional value of a metric: a finite number with at most METRIC_DIGITS_MAX digits before the point. */
  metricValue(field: string, value: number | null | undefined): this {
    if (value == null) return this;
    if (!Number.isFinite(value)) this.errors.push({ field, message: 'invalidNumber' });
    else if (!isMetricValue(value))
      this.errors.push({ field, message: 'numberTooLarge', params: { digits: Limits.METRIC_DIGITS_MAX } });
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
