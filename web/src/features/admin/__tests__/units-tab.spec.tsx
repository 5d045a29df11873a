/**
 * @jest-environment jsdom
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type Mock } from '../../../__tests__/render';
import { UnitsQuery } from '../../../ui/useUnitTree';
import { ArchiveUnitMutation, CreateUnitMutation, RenameUnitMutation } from '../graphql/units';
import { UnitsTab } from '../components/UnitsTab';

// jsdom has <dialog> but not its modal methods, nor popovers, which Designsystemet calls.
beforeAll(() => {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
  for (const name of ['showPopover', 'hidePopover', 'togglePopover'])
    if (!(name in HTMLElement.prototype)) Object.assign(HTMLElement.prototype, { [name]: () => undefined });
});

const unit = (id: string, name: string, parentId: string | null = null) => ({
  __typename: 'Unit',
  id,
  name,
  parentId,
  archivedAt: null,
  version: 1,
});

/** The tree row of the unit called `name` (its menu is inside it). */
const row = (name: string) =>
  screen.getByText(name, { selector: '.lk-tree__name' }).closest<HTMLElement>('.lk-tree__row')!;

const HEALTH = unit('u-1', 'Helse og omsorg');
const HOME = unit('u-2', 'Hjemmetjenesten', 'u-1');

/** The tab's one read, answered once: a refetch after a change would find no mock and fail the test. */
const units: Mock = {
  request: { query: UnitsQuery, variables: { includeArchived: false } },
  result: { data: { units: [HEALTH, HOME] } },
};

async function show(mocks: Mock[]) {
  const view = await renderPage(<UnitsTab />, { path: '/admin', mocks: [units, ...mocks] });
  await screen.findByText('Hjemmetjenesten', { selector: '.lk-tree__name' });
  return view;
}

describe('the unit tree changes from the mutation’s answer, with no refetch of Units', () => {
  it('renames a unit: the tree shows the new name and says so', async () => {
    const user = userEvent.setup();
    const rename: Mock = {
      request: {
        query: RenameUnitMutation,
        variables: { input: { id: 'u-2', name: 'Hjemmebaserte tjenester', version: 1 } },
      },
      result: {
        data: { renameUnit: { __typename: 'Unit', id: 'u-2', name: 'Hjemmebaserte tjenester', version: 2 } },
      },
    };
    await show([rename]);

    await user.click(screen.getByRole('button', { name: 'Handlinger for Hjemmetjenesten' }));
    // The menu is a popover, which jsdom does not show: its items are found as they are.
    await user.click(
      within(row('Hjemmetjenesten')).getByRole('button', { name: 'Gi nytt navn', hidden: true }),
    );
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByRole('textbox', { name: 'Nytt navn' });
    await user.clear(field);
    await user.type(field, 'Hjemmebaserte tjenester');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre navnet' }));

    expect(await screen.findByText('Enheten heter nå Hjemmebaserte tjenester.')).toBeInTheDocument();
    expect(row('Hjemmebaserte tjenester')).toBeInTheDocument();
    expect(screen.queryByText('Hjemmetjenesten', { selector: '.lk-tree__name' })).not.toBeInTheDocument();
  });

  it('archives a unit: it leaves the tree of active units', async () => {
    const user = userEvent.setup();
    const archive: Mock = {
      request: { query: ArchiveUnitMutation, variables: { input: { id: 'u-2', version: 1 } } },
      result: {
        data: {
          archiveUnit: { __typename: 'Unit', id: 'u-2', archivedAt: '2026-12-01T10:00:00.000Z', version: 2 },
        },
      },
    };
    await show([archive]);

    await user.click(screen.getByRole('button', { name: 'Handlinger for Hjemmetjenesten' }));
    await user.click(within(row('Hjemmetjenesten')).getByRole('button', { name: 'Arkiver', hidden: true }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Arkiver Hjemmetjenesten' }));

    expect(await screen.findByText('Hjemmetjenesten er arkivert.')).toBeInTheDocument();
    expect(screen.queryByText('Hjemmetjenesten', { selector: '.lk-tree__name' })).not.toBeInTheDocument();
    expect(screen.getByText('Helse og omsorg', { selector: '.lk-tree__name' })).toBeInTheDocument();
  });

  it('does not offer to archive a unit with active units below it: it says why and only closes', async () => {
    const user = userEvent.setup();
    // No ArchiveUnit mock: sending the mutation would fail the test with an error on the page.
    await show([]);

    await user.click(screen.getByRole('button', { name: 'Handlinger for Helse og omsorg' }));
    await user.click(within(row('Helse og omsorg')).getByRole('button', { name: 'Arkiver', hidden: true }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Helse og omsorg kan ikke arkiveres ennå',
    );
    expect(within(dialog).getByText(/aktive underenheter/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Arkiver/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lukk' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Helse og omsorg', { selector: '.lk-tree__name' })).toBeInTheDocument();
  });

  it('creates a unit: the new row appears in the tree under its parent', async () => {
    const user = userEvent.setup();
    const create: Mock = {
      request: { query: CreateUnitMutation, variables: { input: { name: 'Team nord', parentId: 'u-2' } } },
      result: { data: { createUnit: unit('u-3', 'Team nord', 'u-2') } },
    };
    await show([create]);

    await user.type(screen.getByRole('textbox', { name: 'Navn på enheten' }), 'Team nord');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Overordnet enhet' }), 'u-2');
    await user.click(screen.getByRole('button', { name: 'Opprett enhet' }));

    expect(await screen.findByText('Team nord er opprettet.')).toBeInTheDocument();
    // Nested under Hjemmetjenesten's item: the tree is built from the new unit's parentId.
    expect(row('Hjemmetjenesten').closest('li')).toContainElement(row('Team nord'));
  });
});
