import type { Locator, Page } from 'playwright-core';
import { eventually, settle } from '../../support/browser.js';
import { HomePage } from './HomePage.js';

export interface ShownNotification {
  /** e.g. "«Hentebokser» er avslått." */
  text: string;
  /** The reason given with a decision, when there is one. */
  reason: string | null;
  unread: boolean;
}

/** The work part of / ("Mitt arbeid"): ideas to decide, my experiments, my drafts, my notifications. */
export class MyWorkPage extends HomePage {
  constructor(page: Page) {
    super(page);
  }

  get notificationsSection(): Locator {
    return this.main.getByRole('region', { name: /^Varsler/ });
  }

  /** The notification card(s) about the idea titled `title` whose text says `what` (e.g. "er avslått."). */
  notification(title: string, what: string): Locator {
    return this.notificationsSection.getByRole('listitem').filter({ hasText: `«${title}» ${what}` });
  }

  /** What the notification about `title` saying `what` shows; throws unless exactly one matches. */
  async readNotification(title: string, what: string): Promise<ShownNotification> {
    const card = this.notification(title, what);
    const count = await card.count();
    if (count !== 1) throw new Error(`Expected one notification «${title}» ${what}, found ${count}`);
    const paragraphs = (await card.locator('p').allInnerTexts()).map((s) => s.trim());
    const reason = paragraphs.find((p) => p.startsWith('Begrunnelse:'));
    return {
      text: paragraphs[0].replace(/^Ny\s+/, ''),
      reason: reason ? reason.replace(/^Begrunnelse:\s*/, '') : null,
      unread: (await card.getByText('Ny', { exact: true }).count()) > 0,
    };
  }

  markReadButton(title: string): Locator {
    return this.notificationsSection.getByRole('button', { name: `Marker som lest: ${title}`, exact: true });
  }

  /** "Marker som lest: {title}", then waits for the button to go. */
  async markRead(title: string): Promise<void> {
    await this.markReadButton(title).first().click();
    await eventually(async () => {
      if ((await this.markReadButton(title).count()) > 0)
        throw new Error(`"Marker som lest: ${title}" is still shown`);
    });
    await settle(this.page);
  }

  /** Follows "Gå til forsøket" on the notification; returns the experiment's id. */
  async goToExperiment(title: string, what: string): Promise<string> {
    await this.notification(title, what).getByRole('link', { name: 'Gå til forsøket', exact: true }).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/forsok/'));
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  /** The links under "Mine forsøk" (open experiments I take part in). */
  async myExperiments(): Promise<string[]> {
    const section = this.main.getByRole('region', { name: 'Mine forsøk', exact: true });
    return (await section.getByRole('listitem').getByRole('link').allInnerTexts()).map((s) => s.trim());
  }
}
