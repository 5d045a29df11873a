import type { Locator, Page } from 'playwright-core';
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
