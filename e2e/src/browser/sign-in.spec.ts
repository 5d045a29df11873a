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

  it('an expired session says so and returns the person to where they were', async () => {
    const { page } = session;
    const login = new LoginPage(page);
    // Signed in (the test above) on a page with a query of its own in the address.
    await login.visit('/ideer?sortering=eldst');
    await login.waitForHeading('Idéer');
    const here = new URL(page.url());
    // The session ends on the server's side (here: the cookie is gone), then the person acts.
    await session.context.clearCookies();
    await login.mainMenu.getByRole('link', { name: 'Forsøk' }).click();
    await login.waitForHeading('Logg inn');
    await expectVisible(login.main.getByText('Økten din er utløpt.', { exact: false }));
    await session.checkA11y('sign-in after the session expired');
    await login.signIn('ansatt@bodo.demo');
    // Back where the request failed, not on the home page.
    await page.waitForURL((url) => url.pathname !== '/');
    expect(new URL(page.url()).pathname).toMatch(/^\/(ideer|forsok)/);

    // A first visit to a page that needs a session asks to sign in, and says nothing of expiry.
    const fresh = await BrowserSession.launch('sign-in-fresh');
    try {
      const first = new LoginPage(fresh.page);
      await first.visit(here.pathname + here.search);
      await first.waitForHeading('Logg inn');
      expect(await first.main.getByText('Økten din er utløpt.', { exact: false }).count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
