import type { Locator, Page } from 'playwright-core';
import { eventually } from '../../support/browser.js';
import { Shell } from './Shell.js';

/** /varsler (the notification centre) and the header's unread badge, on every signed-in page. */
export class NotificationsPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** The header's link to the centre; its accessible name carries the unread count. */
  get badge(): Locator {
    return this.page.getByTestId('unread-badge');
  }

  async badgeName(): Promise<string> {
    return (await this.badge.getAttribute('aria-label')) ?? '';
  }

  /** The unread count the badge says (0 for "Varsler, ingen uleste"), once the badge shows. */
  async unreadCount(): Promise<number> {
    const name = await eventually(() =>
      this.badgeName().then((n) => (n ? n : Promise.reject(new Error('no badge yet')))),
    );
    return /^\d+/.test(name) ? Number(name.match(/^\d+/)![0]) : 0;
  }

  /** Waits (no reload) until the badge says `count` unread. */
  async waitForUnread(count: number, timeoutMs = 10_000): Promise<void> {
    await eventually(async () => {
      const now = await this.unreadCount();
      if (now !== count) throw new Error(`the badge says ${now} unread, not ${count}`);
    }, timeoutMs);
  }

  async openFromBadge(): Promise<void> {
    await this.badge.click();
    await this.waitForHeading('Varsler');
  }

  get items(): Locator {
    return this.main.getByRole('list', { name: 'Varsler' }).getByRole('listitem');
  }

  async texts(): Promise<string[]> {
    const texts = await this.items.evaluateAll((lis) =>
      lis.map(
        (li) =>
          (li as { querySelector(s: string): { textContent: string | null } | null }).querySelector('p')
            ?.textContent ?? '',
      ),
    );
    return texts.map((s) => s.trim());
  }

  unreadItems(): Locator {
    return this.main.locator('li[data-unread]');
  }

  async markAllRead(): Promise<void> {
    await this.main.getByRole('button', { name: 'Marker alle som lest' }).click();
  }
}
