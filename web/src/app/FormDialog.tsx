import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
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

/** Focuses the dialog's first field: a marked one, or else the form's first field; never the close button (issue 8). */
function focusFirstField(dialog: HTMLDialogElement) {
  const field =
    dialog.querySelector<HTMLElement>(`[${FIRST_FIELD}]`) ??
    dialog.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), select, textarea');
  if (field && dialog.open && document.activeElement !== field) field.focus();
}

/**
 * Until the person first presses a key or a pointer in it, an open dialog keeps its first field
 * focused: now (showModal() has just focused the close button), when a form that loads late (a lazy
 * chunk, a query) puts its fields in, and when the opening animation ends (Designsystemet then
 * focuses its own choice again). After that first key or pointer, focus is theirs, so typing that
 * has moved on to the next field is never taken back.
 */
function useFirstFieldFocus(ref: { current: HTMLDialogElement | null }, open: boolean) {
  const pending = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    pending.current = true;
    focusFirstField(dialog);
    const observer = new MutationObserver(() => {
      if (pending.current) focusFirstField(dialog);
    });
    observer.observe(dialog, { childList: true, subtree: true });
    const done = () => {
      pending.current = false;
      observer.disconnect();
    };
    dialog.addEventListener('keydown', done, true);
    dialog.addEventListener('pointerdown', done, true);
    return () => {
      done();
      dialog.removeEventListener('keydown', done, true);
      dialog.removeEventListener('pointerdown', done, true);
    };
  }, [ref, open]);
  return (dialog: HTMLDialogElement) => {
    if (pending.current) focusFirstField(dialog);
  };
}

/** How a form in a `FormDialog` says whether it holds changes that closing would throw away. */
const UnsavedContext = createContext<(unsaved: boolean) => void>(() => {});

/**
 * Tells the enclosing `FormDialog` whether the form's values differ from those it opened with
 * (strings compared trimmed), so that Esc, the close button and `DIALOG_CLOSE` buttons ask first.
 * `values` is everything the person can edit; the first render's values are the initial ones.
 */
export function useUnsaved(values: unknown) {
  const report = useContext(UnsavedContext);
  const [initial] = useState(() => comparable(values));
  const unsaved = comparable(values) !== initial;
  useEffect(() => {
    report(unsaved);
    return () => report(false);
  }, [unsaved, report]);
  return unsaved;
}

const comparable = (values: unknown) =>
  JSON.stringify(values, (_key, value: unknown) => (typeof value === 'string' ? value.trim() : value));

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
 * While the form in it reports changes (`useUnsaved`), or with `unsaved`, Esc, the close button and
 * any `DIALOG_CLOSE` button ask before the changes are thrown away. It opens on its first field.
 */
export function FormDialog({
  open,
  onClose,
  labelledBy,
  className,
  unsaved: unsavedProp = false,
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
  const [changed, setChanged] = useState(false);
  const unsaved = open && (unsavedProp || changed);
  if (asking && !unsaved) setAsking(false);

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
  // Where `command="close"` is polyfilled (Designsystemet's, listening on the document before
  // React does), the click is not the last word: the `command` event it sends is.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !unsaved) return;
    const onCommand = (event: Event) => {
      if ((event as Event & { command?: string }).command !== 'close') return;
      event.preventDefault();
      setAsking(true);
    };
    dialog.addEventListener('command', onCommand);
    return () => dialog.removeEventListener('command', onCommand);
  }, [unsaved]);

  // Designsystemet's own effect (a child's, so it runs first) has just called showModal().
  const onOpened = useFirstFieldFocus(ref, open);

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
      onAnimationEnd={(event) => {
        if (event.target === event.currentTarget) onOpened(event.currentTarget);
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
      <UnsavedContext.Provider value={setChanged}>{children}</UnsavedContext.Provider>
    </Dialog>
  );
}
