/// <reference lib="dom" />
import { act, fireEvent } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * jsdom has <dialog> but not its modal methods, which Designsystemet's Dialog calls. As a browser
 * does, showModal() focuses the dialog's first focusable element (its close button).
 */
export function polyfillModalDialog() {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
      this.querySelector<HTMLElement>('button, input, select, textarea, [tabindex]')?.focus();
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

/** Esc in a modal dialog, as a browser does it: the key, then `cancel`, and closing unless that was cancelled. */
export async function pressEscape(user: UserEvent, dialog: HTMLElement) {
  await user.keyboard('{Escape}');
  if (fireEvent(dialog, new Event('cancel', { cancelable: true })))
    act(() => (dialog as HTMLDialogElement).close());
}
