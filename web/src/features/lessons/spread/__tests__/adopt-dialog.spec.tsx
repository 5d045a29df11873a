/**
 * @jest-environment jsdom
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentProps } from 'react';
import { renderPage, type Mock } from '../../../../__tests__/render';
import { polyfillModalDialog, pressEscape } from '../../../../__tests__/dialog';
import { LessonAdoptOptionsQuery } from '../graphql/spread';
import { AdoptDialog } from '../components/AdoptDialog';

beforeAll(polyfillModalDialog);

// The dialog reads only the lesson's id and title.
const LESSON = { id: 'lesson-1', title: 'Digitalt tilsyn' } as ComponentProps<typeof AdoptDialog>['lesson'];

const options: Mock = {
  request: { query: LessonAdoptOptionsQuery, variables: { id: 'lesson-1' } },
  result: {
    data: {
      lesson: {
        __typename: 'Lesson',
        id: 'lesson-1',
        adoptOptions: {
          __typename: 'LessonAdoptOptions',
          asIdea: false,
          ownUnitId: 'unit-1',
          units: [
            { __typename: 'Unit', id: 'unit-1', name: 'Sjukeheimen' },
            { __typename: 'Unit', id: 'unit-2', name: 'Heimetenesta' },
          ],
        },
      },
    },
  },
};

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Åpne</button>
      <AdoptDialog lesson={LESSON} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

describe('AdoptDialog («Prøv dette hos oss»)', () => {
  it('starts on its first field once the units have loaded, not on the close button', async () => {
    const user = userEvent.setup();
    await renderPage(<Harness />, { path: '/', mocks: [options] });
    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    const dialog = await screen.findByRole('dialog');
    const unit = await within(dialog).findByRole('combobox');
    await waitFor(() => expect(unit).toHaveFocus());
    expect(unit).toHaveAttribute('id', 'adopt-unitId');
  });

  it('asks before Esc throws away another unit chosen, and closes at once with none', async () => {
    const user = userEvent.setup();
    await renderPage(<Harness />, { path: '/', mocks: [options] });
    await user.click(screen.getByRole('button', { name: 'Åpne' }));
    const dialog = await screen.findByRole('dialog');
    const unit = await within(dialog).findByRole('combobox');
    await user.selectOptions(unit, 'unit-2');
    await pressEscape(user, dialog);
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    await user.selectOptions(unit, 'unit-1');
    await pressEscape(user, dialog);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });
});
