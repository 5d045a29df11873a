import type { Locator, Page } from 'playwright-core';
import { Shell } from './Shell.js';

/** /profil: name, preferred language and password. */
export class ProfilePage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/profil');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading('Min profil');
  }

  get nameField(): Locator {
    return this.main.getByLabel('Navn', { exact: true });
  }

  get preferredLanguage(): Locator {
    return this.main.getByLabel('Foretrukket språk', { exact: true });
  }

  async shownName(): Promise<string> {
    return this.nameField.inputValue();
  }

  async shownLanguage(): Promise<string> {
    return this.preferredLanguage.inputValue();
  }
}
