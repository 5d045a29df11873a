/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type Mock } from '../../../__tests__/render';
import { UnitsQuery } from '../../../ui/useUnitTree';
import { InvitationsQuery, InvitePersonMutation, RevokeInvitationMutation } from '../graphql/invitations';
import { InvitationsTab } from '../components/InvitationsTab';

const invitation = (id: string, name: string, email: string) => ({
  __typename: 'Invitation',
  id,
  name,
  email,
  status: 'PENDING',
  expiresAt: '2026-12-15T10:00:00.000Z',
  createdAt: '2026-12-01T10:00:00.000Z',
  roles: [{ __typename: 'RoleAssignment', role: 'EMPLOYEE', unit: null }],
});

const KARI = invitation('inv-1', 'Kari Nordmann', 'kari@bodo.kommune.no');

/** Each read answered once: a refetch of Invitations after a change would find no mock and fail. */
const reads: Mock[] = [
  {
    request: { query: UnitsQuery, variables: { includeArchived: false } },
    result: { data: { units: [] } },
  },
  { request: { query: InvitationsQuery }, result: { data: { invitations: [KARI] } } },
];

async function show(mocks: Mock[]) {
  await renderPage(<InvitationsTab />, { path: '/admin', mocks: [...reads, ...mocks] });
  await screen.findByRole('cell', { name: 'Kari Nordmann' });
}

const pendingTable = () => screen.getByRole('table', { name: 'Ventende invitasjoner' });

describe('the pending invitations change from the mutation’s answer, with no refetch', () => {
  it('invites a person: the new invitation is a row in the pending table at once', async () => {
    const user = userEvent.setup();
    const OLA = invitation('inv-2', 'Ola Nordmann', 'ola@bodo.kommune.no');
    const invite: Mock = {
      request: {
        query: InvitePersonMutation,
        variables: {
          input: { name: 'Ola Nordmann', email: 'ola@bodo.kommune.no', roles: [{ role: 'EMPLOYEE' }] },
        },
      },
      result: {
        data: { invitePerson: { __typename: 'CreatedInvitation', link: '/invitasjon/abc', invitation: OLA } },
      },
    };
    await show([invite]);

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Ola Nordmann');
    await user.type(screen.getByRole('textbox', { name: 'E-post' }), 'ola@bodo.kommune.no');
    await user.click(screen.getByRole('button', { name: 'Lag invitasjon' }));

    expect(await screen.findByText('Invitasjonen er laget')).toBeInTheDocument();
    const rows = within(pendingTable()).getAllByRole('row');
    // Header, then newest first, as the API lists them.
    expect(rows.map((r) => within(r).queryAllByRole('cell')[0]?.textContent)).toEqual([
      undefined,
      'Ola Nordmann',
      'Kari Nordmann',
    ]);
  });

  it('revokes an invitation: its row leaves the pending table by the answer’s status', async () => {
    const user = userEvent.setup();
    const revoke: Mock = {
      request: { query: RevokeInvitationMutation, variables: { id: 'inv-1' } },
      result: { data: { revokeInvitation: { __typename: 'Invitation', id: 'inv-1', status: 'REVOKED' } } },
    };
    await show([revoke]);

    await user.click(screen.getByRole('button', { name: 'Trekk tilbake invitasjonen til Kari Nordmann' }));

    expect(await screen.findByText('Invitasjonen til Kari Nordmann er trukket tilbake.')).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'Kari Nordmann' })).not.toBeInTheDocument();
    expect(screen.getByText('Ingen ventende invitasjoner.')).toBeInTheDocument();
  });
});
