import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible } from '../support/browser.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';

/**
 * Signing in in the browser: a wrong password says so (not that a session expired), and
 * the app runs under the API's Content-Security-Policy without a single violation.
 */
describe('signing in', () => {
  let session: BrowserSession;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await BrowserSession.launch('sign-in');
    session.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says the e-mail or password is wrong, then signs in with the right one', async () => {
    const { page } = session;
    const login = await new LoginPage(page).open();
    await login.email.fill('ansatt@bodo.demo');
    await login.password.fill('ikke-passordet');
    await login.submit.click();
    await expectVisible(login.main.getByText('Feil e-post eller passord.'));
    expect(await login.main.getByText(/økten er utløpt/).count()).toBe(0);
    await session.checkA11y('sign-in wrong password');
    await login.signIn('ansatt@bodo.demo');
    await new HomePage(page).waitForLoaded();
    expect(violations).toEqual([]);
  });
});
