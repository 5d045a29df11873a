/**
 * @jest-environment jsdom
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderPage } from '../../../__tests__/render';
import { polyfillModalDialog, pressEscape } from '../../../__tests__/dialog';
import { DecisionDialog, type Decision } from '../components/DecisionDialog';

beforeAll(polyfillModalDialog);

// Words too short for «Prøvd før?» to search (it would send a query nobody mocked).
const IDEA = { id: 'idea-1', version: 2, title: 'Ny', needWhose: '', needObserved: '', proposal: '' };

function Harness({ decision }: { decision: Decision }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Åpne</button>
      <DecisionDialog
        idea={IDEA}
        decision={open ? decision : null}
        onClose={() => setOpen(false)}
        onDone={() => {}}
        onReload={() => {}}
      />
    </>
  );
}

async function openPark() {
  const user = userEvent.setup();
  await renderPage(<Harness decision="park" />, { path: '/', mocks: [] });
  await user.click(screen.getByRole('button', { name: 'Åpne' }));
  const dialog = await screen.findByRole('dialog');
  const reason = within(dialog).getByRole('textbox', { name: /Begrunnelse/ });
  return { user, dialog, reason };
}

describe('DecisionDialog: unsaved text (issue 8)', () => {
  it('opens on the reason, not on the close button', async () => {
    const { reason } = await openPark();
    expect(reason).toHaveFocus();
  });

  it('asks on Esc once a reason is typed; «Fortsett å redigere» keeps the dialog and the text', async () => {
    const { user, dialog, reason } = await openPark();
    await user.type(reason, 'Vi venter på budsjettet.');
    await pressEscape(user, dialog);

    const question = within(dialog).getByRole('alert');
    expect(question).toHaveTextContent('Du har endringer som ikke er lagret.');
    expect(dialog).toHaveAttribute('open');
    await user.click(within(question).getByRole('button', { name: 'Fortsett å redigere' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
    expect(reason).toHaveValue('Vi venter på budsjettet.');
  });

  it('closes on «Forkast endringene», and opens empty again', async () => {
    const { user, dialog, reason } = await openPark();
    await user.type(reason, 'Vi venter på budsjettet.');
    await pressEscape(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Forkast endringene' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));

    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    expect(within(dialog).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('');
  });

  it('asks on «Avbryt» and on the close button too', async () => {
    const { user, dialog, reason } = await openPark();
    await user.type(reason, 'Vi venter.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fortsett å redigere' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lukk dialogvinduet' }));
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
  });

  it('closes on Esc at once while nothing has been typed (or the text is typed away again)', async () => {
    const { user, dialog, reason } = await openPark();
    await user.type(reason, 'x{Backspace}');
    await pressEscape(user, dialog);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });
});
