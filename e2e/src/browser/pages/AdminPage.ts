import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

export type AdminTab = 'enheter' | 'personer' | 'invitasjoner';
export type Role =
  'EMPLOYEE' | 'MANAGER' | 'INNOVATION_LEAD' | 'UNION_REP' | 'READER' | 'NETWORK_COORDINATOR';

const TAB_LABELS: Record<AdminTab, string> = {
  enheter: 'Enheter',
  personer: 'Personer',
  invitasjoner: 'Invitasjoner',
};

/** The roles' checkbox labels in bokmål. */
export const ROLE_LABELS: Record<Role, string> = {
  EMPLOYEE: 'Medarbeider',
  MANAGER: 'Leder',
  INNOVATION_LEAD: 'Innovasjonsansvarlig',
  UNION_REP: 'Tillitsvalgt',
  READER: 'Leser',
  NETWORK_COORDINATOR: 'Nettverkskoordinator',
};

/** /admin with its three tabs: Enheter, Personer, Invitasjoner. */
export class AdminPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(tab?: AdminTab): Promise<this> {
    await this.visit(tab ? `/admin?fane=${tab}` : '/admin');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading('Administrasjon');
  }

  tab(tab: AdminTab): Locator {
    return this.main.getByRole('tab', { name: TAB_LABELS[tab], exact: true });
  }

  /** Clicks a tab and waits for its panel's content. */
  async showTab(tab: AdminTab): Promise<void> {
    await this.tab(tab).click();
    await this.page.waitForURL((url) => url.searchParams.get('fane') === tab);
    await expectVisible(this.main.getByRole('tabpanel'));
    await settle(this.page);
  }

  async selectedTab(): Promise<string> {
    return (await this.main.getByRole('tab', { selected: true }).innerText()).trim();
  }

  // ── Enheter ──────────────────────────────────────────────────────────────

  get unitForm(): Locator {
    return this.main.getByRole('region', { name: 'Ny enhet', exact: true });
  }

  get unitNameField(): Locator {
    return this.unitForm.getByLabel('Navn på enheten', { exact: true });
  }

  get parentSelect(): Locator {
    return this.unitForm.getByLabel('Overordnet enhet', { exact: true });
  }

  get createUnitButton(): Locator {
    return this.unitForm.getByRole('button', { name: 'Opprett enhet', exact: true });
  }

  /** The unit tree's entry for `name` (its list item, children included). */
  unit(name: string): Locator {
    return this.main
      .getByRole('region', { name: 'Enhetstreet', exact: true })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Handlinger for ${name}`, exact: true }) })
      .last();
  }

  /** Names of the units shown in the tree. */
  async unitNames(): Promise<string[]> {
    return (await this.main.locator('.lk-tree__name').allInnerTexts()).map((s) => s.trim());
  }

  /** Whether `child` is shown nested under `parent` in the tree. */
  async isShownUnder(child: string, parent: string): Promise<boolean> {
    // The tree reloads a moment after the confirmation shows.
    await expectVisible(this.main.getByRole('button', { name: `Handlinger for ${child}`, exact: true }));
    const parentItem = this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Handlinger for ${parent}`, exact: true }) })
      .last();
    return (
      (await parentItem
        .getByRole('list')
        .getByRole('button', { name: `Handlinger for ${child}`, exact: true })
        .count()) === 1
    );
  }

  /** The parent options' visible names, in order (the tree's indentation trimmed off). */
  async parentOptions(): Promise<Array<{ value: string; name: string }>> {
    return this.parentSelect.locator('option').evaluateAll((options) =>
      options.map((o) => {
        const option = o as unknown as { value: string; textContent: string | null };
        return { value: option.value, name: (option.textContent ?? '').trim() };
      }),
    );
  }

  /** The value of the parent option named `name`; throws when there is none. */
  async parentValue(name: string): Promise<string> {
    const options = await this.parentOptions();
    const option = options.find((o) => o.name === name);
    if (!option)
      throw new Error(`No parent unit "${name}" among ${JSON.stringify(options.map((o) => o.name))}`);
    return option.value;
  }

  /** Fills in "Ny enhet" and creates the unit, waiting for the confirmation. */
  async addUnit(name: string, parent?: string): Promise<void> {
    await this.unitNameField.fill(name);
    await this.parentSelect.selectOption(parent ? await this.parentValue(parent) : '');
    await this.createUnitButton.click();
    await expectVisible(this.unitCreatedMessage(name));
    await settle(this.page);
  }

  /** "{name} er opprettet." */
  unitCreatedMessage(name: string): Locator {
    return this.main.getByRole('status').getByText(`${name} er opprettet.`, { exact: true });
  }

  // ── Personer ─────────────────────────────────────────────────────────────

  get peopleTable(): Locator {
    return this.main.getByRole('table', { name: 'Personer og rollene deres' });
  }

  /** The row of the person with `email`, as [name, email, roles] texts. */
  async person(email: string): Promise<string[] | null> {
    const row = this.peopleTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: email, exact: true }) });
    if ((await row.count()) === 0) return null;
    return (await row.getByRole('cell').allInnerTexts()).slice(0, 3).map((s) => s.trim());
  }

  /** Opens "Roller for {name}" and returns the dialog. */
  async openRolesFor(name: string): Promise<Locator> {
    await this.main.getByRole('button', { name: `Endre roller for ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Roller for ${name}` });
    await expectVisible(dialog);
    return dialog;
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('dialog').waitFor({ state: 'hidden' });
  }

  // ── Invitasjoner ─────────────────────────────────────────────────────────

  get inviteForm(): Locator {
    return this.main.getByRole('region', { name: 'Inviter en person', exact: true });
  }

  /**
   * Invites a person with exactly `roles` (a manager also needs `managerOf`) and returns
   * the invitation link the page shows once.
   */
  async invite(name: string, email: string, roles: Role[], managerOf?: string): Promise<string> {
    const form = this.inviteForm;
    await form.getByLabel('Navn', { exact: true }).fill(name);
    await form.getByLabel('E-post', { exact: true }).fill(email);
    const fieldset = form.getByRole('group', { name: 'Roller', exact: true });
    for (const [role, label] of Object.entries(ROLE_LABELS) as Array<[Role, string]>) {
      await fieldset.getByRole('checkbox', { name: label, exact: true }).setChecked(roles.includes(role));
    }
    if (managerOf) {
      const select = fieldset.getByLabel('Enheten personen leder', { exact: true });
      const value = await select.locator('option').evaluateAll((os, n) => {
        const match = os.find(
          (o) => ((o as unknown as { textContent: string }).textContent ?? '').trim() === n,
        );
        return match ? (match as unknown as { value: string }).value : null;
      }, managerOf);
      if (!value) throw new Error(`No unit "${managerOf}" to lead`);
      await select.selectOption(value);
    }
    await form.getByRole('button', { name: 'Lag invitasjon', exact: true }).click();
    const link = this.invitationLink;
    await expectVisible(link);
    await settle(this.page);
    return (await link.innerText()).trim();
  }

  /** The link of the invitation just made, shown only once. */
  get invitationLink(): Locator {
    return this.main.getByTestId('invitation-link');
  }

  get pendingInvitations(): Locator {
    return this.main.getByRole('table', { name: 'Ventende invitasjoner' });
  }

  /** The e-mails of the pending invitations listed. */
  async pendingEmails(): Promise<string[]> {
    const rows = this.pendingInvitations.getByRole('row');
    const emails: string[] = [];
    for (const row of await rows.all()) {
      const cells = await row.getByRole('cell').allInnerTexts();
      if (cells.length > 1) emails.push(cells[1].trim());
    }
    return emails;
  }
}
