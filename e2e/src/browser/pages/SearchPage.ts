import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

export interface Hit {
  title: string;
  /** The words shown in <mark>, in the title and the snippet. */
  marked: string[];
  href: string;
}

/** /sok: the search field, the hits, the filters, sort and "Mente du …?". */
export class SearchPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** Through the header's "Søk" link, as a person would. */
  async openFromHeader(): Promise<this> {
    await this.page.getByRole('banner').getByRole('link', { name: 'Søk', exact: true }).click();
    await this.waitForHeading('Søk');
    return this;
  }

  get field(): Locator {
    return this.main.getByRole('searchbox', { name: 'Søk i idéer, forsøk og lærdommer', exact: true });
  }

  /** Types the query, presses Enter and waits for the count of hits. */
  async search(query: string): Promise<void> {
    await this.field.fill(query);
    await this.field.press('Enter');
    await this.page.waitForURL((url) => url.pathname === '/sok' && url.searchParams.get('q') === query);
    await expectVisible(this.count);
    await settle(this.page);
  }

  get count(): Locator {
    return this.main.getByRole('status').filter({ hasText: /treff/ });
  }

  async hits(): Promise<Hit[]> {
    const out: Hit[] = [];
    for (const item of await this.main.locator('ol.lk-search__hits > li').all()) {
      const link = item.getByRole('heading', { level: 2 }).getByRole('link');
      out.push({
        title: (await link.innerText()).trim(),
        marked: (await item.locator('mark').allInnerTexts()).map((m) => m.trim().toLowerCase()),
        href: (await link.getAttribute('href')) ?? '',
      });
    }
    return out;
  }

  /** Follows the hit titled `title` to its page. */
  async openHit(title: string): Promise<void> {
    const link = this.main
      .locator('ol.lk-search__hits > li')
      .getByRole('heading', { level: 2 })
      .getByRole('link', { name: title, exact: true });
    await link.click();
    await this.waitForHeading(title);
  }

  /** The "Mente du …?" link, if any. */
  get suggestion(): Locator {
    return this.main.locator('.lk-search__suggestion').getByRole('link');
  }

  filter(facet: string, value: RegExp): Locator {
    return this.main.getByRole('group', { name: facet, exact: true }).getByRole('checkbox', { name: value });
  }

  async sortBy(label: string): Promise<void> {
    await this.main.getByLabel('Sorter etter', { exact: true }).selectOption({ label });
    await settle(this.page);
  }
}
