import type { Locator, Page } from 'playwright-core';
import { Shell } from './Shell.js';

/** / ("Mitt arbeid") */
export class HomePage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(title = 'Mitt arbeid'): Promise<void> {
    await this.waitForHeading(title);
  }

  /** "Velkommen, {name}!" */
  welcome(name: string): Locator {
    return this.main.getByText(`Velkommen, ${name}!`, { exact: true });
  }

  /** The role names listed under "Deg i Lærekraft". */
  async roles(): Promise<string[]> {
    const roles = this.main.locator('dt:text-is("Roller") + dd li');
    return (await roles.allInnerTexts()).map((s) => s.trim());
  }
}
