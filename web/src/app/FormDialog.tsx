import { useEffect, useRef, useState, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Alert, Button, Dialog, Paragraph } from '@digdir/designsystemet-react';

const FIRST_FIELD = 'data-first-field';

/**
 * Ref for the field a dialog focuses when it opens. Not React's `autoFocus` (a `focus()` before
 * `showModal()`, which loses) and not the `autofocus` attribute: Designsystemet's Dialog focuses
 * that element again when its opening animation ends, and so took over typing that had already
 * moved on to the next field.
 */
export const firstField = (el: HTMLElement | null) => el?.setAttribute(FIRST_FIELD, '');

/** Focuses the dialog's first field; unless `always`, only while nothing in the dialog has focus. */
function focusFirstField(dialog: HTMLDialogElement, always: boolean) {
  // A marked field, or else the form's first field: never the close button (issue 8).
  const field =
    dialog.querySelector<HTMLElement>(`[${FIRST_FIELD}]`) ??
    dialog.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), select, textarea');
  if (!field || !dialog.open) return;
  const active = document.activeElement;
  if (always || active === null || active === dialog || active === document.body) field.focus();
}

/** What a dialog tells the form in it: close, say what was done, reload the page's thing (after a CONFLICT). */
export interface DialogFormProps {
  onClose: () => void;
  onDone: (message: string) => void;
  onReload: () => unknown;
}

/** `useFormErrors`' `onReload` for a form in a dialog: the stale form closes, then the page reloads. */
export const closeAndReload = (onClose: () => void, onReload: () => unknown) => () => {
  onClose();
  return onReload();
};

/** Marks a button in a form dialog that closes it, so that unsaved text is asked about first. */
export const DIALOG_CLOSE = { 'data-dialog-close': '' } as const;
const CLOSERS = '[data-dialog-close], button[command="close"]';

/**
 * A modal dialog holding a form, titled by its heading (`labelledBy`), with the app's close button.
 * With `unsaved`, Esc, the close button and any `DIALOG_CLOSE` button ask before the text is thrown away.
 */
export function FormDialog({
  open,
  onClose,
  labelledBy,
  className,
  unsaved = false,
  children,
}: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  className?: string;
  unsaved?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  if (asking && (!open || !unsaved)) setAsking(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const ask = (event: SyntheticEvent) => {
    if (!unsaved) return false;
    event.preventDefault();
    event.stopPropagation();
    setAsking(true);
    return true;
  };
  // Esc fires `cancel` before the dialog closes; cancelling it keeps the dialog open.
  const onCancel = (event: SyntheticEvent) => void ask(event);
  // Capture phase: before the close button's own command or handler runs.
  const onClickCapture = (event: MouseEvent) => {
    if ((event.target as Element).closest?.(CLOSERS)) ask(event);
  };

  // Designsystemet's own effect (a child's, so it runs first) has just called showModal(): nobody
  // can have typed yet, so the first field takes focus from wherever showModal() put it.
  useEffect(() => {
    if (open && ref.current) focusFirstField(ref.current, true);
  }, [open]);

  return (
    <Dialog
      ref={ref}
      open={open}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={labelledBy}
      className={className}
      onCancel={onCancel}
      onClickCapture={onClickCapture}
      // Once it has slid in, the first field takes focus only if focus is still nowhere in
      // particular; never back from a field the person has moved on to.
      onAnimationEnd={(event) => {
        if (event.target === event.currentTarget) focusFirstField(event.currentTarget, false);
      }}
    >
      {asking && (
        <Alert data-color="warning" role="alert" className="lk-discard">
          <Paragraph>{t('common.discardQuestion')}</Paragraph>
          <div className="lk-actions lk-mt">
            <Button ref={keepRef} data-size="sm" onClick={() => setAsking(false)}>
              {t('common.keepWriting')}
            </Button>
            <Button
              data-size="sm"
              variant="secondary"
              data-color="danger"
              onClick={() => {
                setAsking(false);
                onClose();
              }}
            >
              {t('common.discard')}
            </Button>
          </div>
        </Alert>
      )}
      {children}
    </Dialog>
  );
}
