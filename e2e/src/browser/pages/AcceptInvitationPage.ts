import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../../support/browser.js';
import { Shell } from './Shell.js';

/** /invitasjon/:token: the invited person picks a name and password. */
export class AcceptInvitationPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** Opens an invitation link (absolute, as the admin page shows it, or a path). */
  async open(link: string): Promise<this> {
    await this.visit(link);
    await this.waitForHeading('Godta invitasjonen');
    await expectVisible(this.nameField);
    return this;
  }

  get nameField(): Locator {
    return this.main.getByLabel('Navnet ditt', { exact: true });
  }

  /** A fact shown about the invitation ("Organisasjon", "E-post" …). */
  async fact(term: string): Promise<string> {
    return (await this.main.locator(`dt:text-is("${term}") + dd`).innerText()).trim();
  }

  /** Accepts with `name` and `password` and waits for the app to leave the invitation page. */
  async accept(name: string, password: string): Promise<void> {
    await this.nameField.fill(name);
    await this.main.getByLabel('Velg passord', { exact: true }).fill(password);
    await this.main.getByLabel('Gjenta passordet', { exact: true }).fill(password);
    await this.main.getByRole('button', { name: 'Godta og logg inn', exact: true }).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/invitasjon/'));
  }
}
