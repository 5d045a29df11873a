import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { TFunction } from '../i18n/useTranslation';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldError } from '@laerekraft/shared';
import { ERROR_CODES, FIELD_MESSAGES, type ShownErrorCode } from './errorKeys';

/** What the web app understands of a failed request. */
export interface ApiProblem {
  code: ShownErrorCode;
  fields: FieldError[];
}

function isFieldError(value: unknown): value is FieldError {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.message === 'string';
}

export function readApiError(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const raw = error.errors[0]?.extensions?.code;
    const code = (ERROR_CODES as readonly unknown[]).includes(raw) ? (raw as ShownErrorCode) : 'UNKNOWN';
    const fields = error.errors.flatMap((e) => {
      const list = e.extensions?.fields;
      return Array.isArray(list) ? list.filter(isFieldError) : [];
    });
    return { code, fields };
  }
  return { code: 'NETWORK', fields: [] };
}

export function hasErrorCode(error: unknown, code: ShownErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** A field message key (`required`, `tooLong` …) in the person's language, with a generic fallback. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const key = (FIELD_MESSAGES as readonly string[]).includes(error.message) ? error.message : 'generic';
  return t(`errors.${key}`, { ...(error.params ?? {}) });
}

export function translateCode(t: TFunction, code: ShownErrorCode): string {
  return t(`errors.code.${code}`);
}

export interface FieldErrors {
  problem: ApiProblem | null;
  /** Translated message for the whole request, or null when there is nothing to say. */
  message: string | null;
  /** The API's field errors, untranslated (keys), in the order given. */
  fieldErrors: FieldError[];
  /** First translated message per field. */
  byField: Record<string, string>;
}

/** Turn an Apollo error into translated messages: one for the request, one per field. */
export function useFieldErrors(error: unknown): FieldErrors {
  const { t } = useTranslation();
  return useMemo(() => {
    const problem = readApiError(error);
    if (!problem) return { problem: null, message: null, fieldErrors: [], byField: {} };
    const byField: Record<string, string> = {};
    for (const fe of problem.fields) byField[fe.field] ??= translateFieldError(t, fe);
    return { problem, message: translateCode(t, problem.code), fieldErrors: problem.fields, byField };
  }, [error, t]);
}
