import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';

const FIELDS = 'input:not([type="hidden"]), select, textarea';

export interface AddForm {
  open: boolean;
  /** Where focus goes once the form has closed: the id of what was added, or the button. */
  focusAfter: string | null;
  show: () => void;
  /** Closes the form; given the DOM id of what was added, focus goes there once it is on the page. */
  close: (addedElementId?: string) => void;
  focused: () => void;
}

const TOGGLE = '';

/** State of an entry form opened on demand (see AddDisclosure). */
export function useAddForm(): AddForm {
  const [open, setOpen] = useState(false);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback((addedElementId?: string) => {
    setOpen(false);
    setFocusAfter(addedElementId ?? TOGGLE);
  }, []);
  const focused = useCallback(() => setFocusAfter(null), []);
  return { open, focusAfter, show, close, focused };
}

/** Calls `then` with what `find` finds within about a second (or null); returns a cancel. */
function soon<T>(find: () => T | null, then: (found: T | null) => void): () => void {
  let frame = 0;
  let tries = 0;
  const look = () => {
    const found = find();
    if (found || ++tries > 60) then(found);
    else frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}

/**
 * The button that discloses an entry form (aria-expanded), and the form once open. The form
 * starts on its first field (it may still be loading); after saving, focus moves to what it
 * added; after cancelling, back to the button.
 */
export function AddDisclosure({
  form,
  label,
  children,
}: {
  form: AddForm;
  label: string;
  children: ReactNode;
}) {
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { open, focusAfter, focused } = form;

  useEffect(() => {
    if (!open) return;
    return soon(
      () => panel.current?.querySelector<HTMLElement>(FIELDS) ?? null,
      (field) => field?.focus(),
    );
  }, [open]);

  // What was added appears when the refetched experiment renders: look for it for a moment.
  useEffect(() => {
    if (focusAfter === null) return;
    return soon(
      () => (focusAfter === TOGGLE ? toggle.current : document.getElementById(focusAfter)),
      (target) => {
        (target ?? toggle.current)?.focus();
        focused();
      },
    );
  }, [focusAfter, focused]);

  return (
    <div className="lk-add">
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? form.close() : form.show())}
      >
        {label}
      </Button>
      <div id={panelId} ref={panel} hidden={!open} className="lk-add__panel">
        {open && children}
      </div>
    </div>
  );
}

/** The DOM id an added item carries, so focus can move to it. */
export const addedId = (kind: string, id: string) => `${kind}-${id}`;
