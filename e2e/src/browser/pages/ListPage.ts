import type { Locator, Page } from 'playwright-core';
import { eventually } from '../../support/browser.js';

/** The ideas and experiments lists: scope tabs, the filter form and the announced count. */
export class ListPage {
  constructor(readonly page: Page) {}

  get filters(): Locator {
    return this.page.getByRole('form', { name: /^Filtrer (idéer|forsøk)$/ });
  }

  get titleFilter(): Locator {
    return this.filters.getByRole('textbox', { name: 'Tittel inneholder' });
  }

  select(label: string): Locator {
    return this.filters.getByRole('combobox', { name: label });
  }

  selectedTab(): Locator {
    return this.page.getByRole('tab', { selected: true });
  }

  /** The polite status line with the number of matches. */
  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /treff/ });
  }

  rows(): Locator {
    return this.page.getByRole('table').getByRole('row');
  }

  /** Waits until the announced count is `n`. */
  async waitForCount(n: number): Promise<void> {
    await eventually(async () => {
      const text = (await this.status.textContent()) ?? '';
      if (!text.startsWith(`${n} treff`)) throw new Error(`the list says "${text}", not ${n} treff`);
    });
  }

  async param(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name);
  }
}
