import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

/** /nettverk: invitations to the organisation, its networks, and (for coordinators) "Nytt nettverk". */
export class NetworksPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/nettverk');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading('Nettverk');
  }

  get invitations(): Locator {
    return this.main.getByRole('region', { name: 'Invitasjoner til organisasjonen din', exact: true });
  }

  get myNetworks(): Locator {
    return this.main.getByRole('region', { name: 'Nettverkene dine', exact: true });
  }

  acceptButton(network: string): Locator {
    return this.main.getByRole('button', { name: `Godta invitasjonen til ${network}`, exact: true });
  }

  declineButton(network: string): Locator {
    return this.main.getByRole('button', { name: `Takk nei til ${network}`, exact: true });
  }

  /** Whether an invitation from `network` is waiting for an answer. */
  async isInvitedTo(network: string): Promise<boolean> {
    return (await this.invitations.getByRole('heading', { name: network, exact: true }).count()) > 0;
  }

  /** Accepts the invitation from `network` and waits until it is listed among the organisation's networks. */
  async acceptInvitation(network: string): Promise<void> {
    await this.acceptButton(network).click();
    await expectVisible(this.networkLink(network));
    await settle(this.page);
  }

  /** The link to `network` under "Nettverkene dine". */
  networkLink(network: string): Locator {
    return this.myNetworks.getByRole('link', { name: network, exact: true });
  }

  async myNetworkNames(): Promise<string[]> {
    return (await this.myNetworks.getByRole('link').allInnerTexts()).map((s) => s.trim());
  }

  async openNetwork(network: string): Promise<void> {
    await this.networkLink(network).click();
    await this.waitForHeading(network);
  }
}
