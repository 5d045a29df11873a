import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../support/graphql-client.js';
import { Shell } from './Shell.js';

/** /logg-inn */
export class LoginPage extends Shell {
  static readonly path = '/logg-inn';

  constructor(page: Page) {
    super(page);
  }

  get email(): Locator {
    return this.main.getByLabel('E-post', { exact: true });
  }

  get password(): Locator {
    return this.main.getByLabel('Passord', { exact: true });
  }

  get submit(): Locator {
    return this.main.getByRole('button', { name: 'Logg inn', exact: true });
  }

  async open(): Promise<this> {
    await this.visit(LoginPage.path);
    await this.waitForHeading('Logg inn');
    return this;
  }

  /** Signs in and waits until the app has left the sign-in page. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    await this.page.waitForURL((url) => !url.pathname.startsWith(LoginPage.path));
  }
}
