/**
 * @jest-environment jsdom
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type Mock } from '../../../__tests__/render';
import { experimentFixture } from '../../../__tests__/fixtures';
import { polyfillModalDialog, pressEscape } from '../../../__tests__/dialog';
import { TeamCandidatesQuery } from '../graphql/experiments';
import { TeamSection } from '../components/TeamSection';

beforeAll(polyfillModalDialog);

const candidates: Mock = {
  request: { query: TeamCandidatesQuery },
  result: {
    data: {
      people: [
        { __typename: 'Person', id: 'person-1', name: 'Kari Nordmann' },
        { __typename: 'Person', id: 'person-2', name: 'Ola Hansen' },
      ],
    },
  },
};

describe('«Endre teamet» (issue 8)', () => {
  it('starts on the owner once its lazy form is in, and asks before Esc throws away a new member', async () => {
    const user = userEvent.setup();
    const experiment = experimentFixture() as never;
    await renderPage(
      <TeamSection experiment={experiment} canSetTeam editable={false} onReload={() => {}} />,
      {
        path: '/',
        mocks: [candidates],
      },
    );
    await user.click(screen.getByRole('button', { name: 'Endre teamet' }));
    const dialog = await screen.findByRole('dialog');
    const owner = await within(dialog).findByRole('combobox');
    expect(owner).toHaveAttribute('id', 'team-ownerId');
    await waitFor(() => expect(owner).toHaveFocus());

    await user.click(await within(dialog).findByRole('checkbox', { name: 'Ola Hansen' }));
    await pressEscape(user, dialog);
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
  });
});
