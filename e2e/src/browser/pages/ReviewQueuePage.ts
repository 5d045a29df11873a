import type { Locator, Page } from 'playwright-core';
import { Shell } from './Shell.js';

export interface QueuedIdea {
  title: string;
  /** "{unit} · {author}" */
  meta: string;
  /** "Sendt inn i dag (…)" or "Har ventet i N dager (…)". */
  waiting: string;
}

/** /ideer/vurdering: submitted ideas waiting for the manager's decision, oldest first. */
export class ReviewQueuePage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/ideer/vurdering');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading('Idéer til vurdering');
  }

  /** The queue's card for `title`. */
  entry(title: string): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** The titles waiting, in the order shown. */
  async titles(): Promise<string[]> {
    return (await this.main.getByRole('listitem').getByRole('heading').allInnerTexts()).map((s) => s.trim());
  }

  /** What the queue shows about `title`, or null when it is not waiting. */
  async find(title: string): Promise<QueuedIdea | null> {
    const card = this.entry(title);
    if ((await card.count()) === 0) return null;
    const [meta, waiting] = (await card.locator('p').allInnerTexts()).map((s) => s.trim());
    return { title, meta, waiting };
  }

  /** Opens the idea from the queue. */
  async openIdea(title: string): Promise<void> {
    await this.entry(title).getByRole('link', { name: title, exact: true }).click();
    await this.page.waitForURL(
      (url) => /^\/ideer\/[^/]+$/.test(url.pathname) && url.pathname !== '/ideer/vurdering',
    );
  }
}
