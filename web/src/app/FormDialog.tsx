import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@digdir/designsystemet-react';

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
  const field = dialog.querySelector<HTMLElement>(`[${FIRST_FIELD}]`);
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

/** A modal dialog holding a form, titled by its heading (`labelledBy`), with the app's close button. */
export function FormDialog({
  open,
  onClose,
  labelledBy,
  className,
  children,
}: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

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
      // Once it has slid in, the first field takes focus only if focus is still nowhere in
      // particular; never back from a field the person has moved on to.
      onAnimationEnd={(event) => {
        if (event.target === event.currentTarget) focusFirstField(event.currentTarget, false);
      }}
    >
      {children}
    </Dialog>
  );
}
