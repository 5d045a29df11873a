import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Button, ErrorSummary } from '@digdir/designsystemet-react';
import type { FieldError } from '@laerekraft/shared';
import { translateFieldError, useFieldErrors } from './errors';

interface SummaryItem {
  key: string;
  targetId?: string;
  text: string;
}

/**
 * Error state for one form: client-side checks first, then the API's answer.
 * Field messages go under their fields; the summary lists them on a failed submit
 * and takes focus (the `ds-error-summary` element focuses itself when it appears).
 */
export function useFormErrors(
  formId: string,
  labels: Record<string, string>,
  {
    headingLevel = 2,
    onReload,
  }: {
    headingLevel?: 2 | 3 | 4;
    /** Offered when someone else changed the thing (CONFLICT) or its state moved on (INVALID_TRANSITION). */
    onReload?: () => unknown;
  } = {},
) {
  const { t } = useTranslation();
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [serverError, setServerError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const server = useFieldErrors(serverError);

  const id = useCallback((field: string) => `${formId}-${field}`, [formId]);

  const { byField, items } = useMemo(() => {
    const source = clientErrors.length ? clientErrors : server.fieldErrors;
    const byField: Record<string, string> = {};
    const items: SummaryItem[] = [];
    for (const fe of source) {
      const text = translateFieldError(t, fe);
      const known = fe.field in labels;
      if (known && byField[fe.field] === undefined) byField[fe.field] = text;
      items.push({
        key: `${fe.field}-${fe.message}`,
        targetId: known ? `${formId}-${fe.field}` : undefined,
        // A label that is a question ("Hvem har behovet?") reads badly before a colon.
        text: known ? `${labels[fe.field].replace(/[?:]\s*$/, '')}: ${text}` : text,
      });
    }
    if (!clientErrors.length && server.message && !server.fieldErrors.length) {
      items.push({ key: 'request', text: server.message });
    }
    return { byField, items };
  }, [clientErrors, server, t, labels, formId]);

  const reset = useCallback(() => {
    setClientErrors([]);
    setServerError(null);
  }, []);

  /** Record a failed client-side check. */
  const failClient = useCallback((errors: FieldError[]) => {
    setServerError(null);
    setClientErrors(errors);
    setAttempt((n) => n + 1);
  }, []);

  /** Record a failed request. */
  const failServer = useCallback((error: unknown) => {
    setClientErrors([]);
    setServerError(error);
    setAttempt((n) => n + 1);
  }, []);

  const stale =
    !clientErrors.length &&
    (server.problem?.code === 'CONFLICT' || server.problem?.code === 'INVALID_TRANSITION') &&
    onReload;
  const summary = items.length ? (
    <>
      <FormErrorSummary key={attempt} items={items} level={headingLevel} />
      {stale && (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              reset();
              void onReload();
            }}
          >
            {t('common.reload')}
          </Button>
        </div>
      )}
    </>
  ) : null;

  return {
    id,
    error: (field: string): string | undefined => byField[field],
    summary,
    reset,
    failClient,
    failServer,
    problem: server.problem,
  };
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const el = document.getElementById(targetId);
  if (!el) return;
  event.preventDefault();
  el.focus();
  el.scrollIntoView({ block: 'center' });
}

function FormErrorSummary({ items, level }: { items: SummaryItem[]; level: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <ErrorSummary className="lk-form__summary">
      <ErrorSummary.Heading level={level} data-size="xs">
        {t('errors.summaryHeading')}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.key}>
            {item.targetId ? (
              <ErrorSummary.Link href={`#${item.targetId}`} onClick={(e) => focusTarget(e, item.targetId!)}>
                {item.text}
              </ErrorSummary.Link>
            ) : (
              item.text
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** Character counter texts for Designsystemet's `counter` prop, in the person's language. */
export function useCounter() {
  const { t } = useTranslation();
  return useCallback(
    (limit: number) => ({ limit, under: t('form.charsLeft'), over: t('form.charsOver') }),
    [t],
  );
}

/** Today as YYYY-MM-DD in the person's own time zone. */
/** The forms' "today" is shared's, so the browser and the API agree on what lies ahead. */
export { todayIso } from '@laerekraft/shared';
