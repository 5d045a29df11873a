import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible, isFocused, pressUntilFocused, settle } from '../support/browser.js';
import { GraphqlClient, loginAs, ok, unique } from '../support/graphql-client.js';
import { BODO_LEAD, newPerson, units } from '../support/lk-api.js';
import { AdminPage } from './pages/AdminPage.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';

/**
 * Keyboard only: no clicks, no fills. Each test uses an innovation lead of its own (made
 * through the API), so no other test's language or data changes what it sees.
 */

const PARENT_UNIT = 'Helse og omsorg';

describe('using Lærekraft with the keyboard only', () => {
  let bodoLead: GraphqlClient;
  let session: BrowserSession;
  let person: { email: string; password: string; name: string };

  beforeAll(async () => {
    bodoLead = await loginAs(BODO_LEAD);
    person = await newPerson(bodoLead, ['INNOVATION_LEAD'], 'Kari Tastatur');
  });

  beforeEach(async () => {
    session = await BrowserSession.launch('keyboard');
  });

  afterEach(async () => {
    await session?.close();
  });

  it('reaches the skip link first, which moves focus to main; signs in with Tab, typing and Enter', async () => {
    const { page } = session;
    const login = await new LoginPage(page).open();
    await session.checkA11y('keyboard-sign-in');

    await page.keyboard.press('Tab');
    expect(await isFocused(login.skipLink)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(login.main)).toBe(true);

    // From main, the next stop is the first field.
    expect(await pressUntilFocused(page, login.email, 1)).toBe(1);
    await page.keyboard.type(person.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(login.password)).toBe(true);
    await page.keyboard.type(person.password);
    await page.keyboard.press('Enter');

    const home = new HomePage(page);
    await home.waitForLoaded();
    expect(new URL(page.url()).pathname).toBe('/');
    await home.welcome(person.name).waitFor();
    expect(await home.roles()).toEqual(['Innovasjonsansvarlig']);
    await session.checkA11y('keyboard-home');
  });

  it('puts focus on the heading after the browser’s Back, as after a link, back on the page the visit began on', async () => {
    const { page } = session;
    await session.signInWithCookie(person.email, person.password);
    const home = await new HomePage(page).open();

    await pressUntilFocused(page, home.menuLink('admin'), 20);
    await page.keyboard.press('Enter');
    const admin = new AdminPage(page);
    await admin.waitForLoaded();
    expect(await isFocused(admin.heading())).toBe(true);

    // A POP navigation to the entry the document was loaded with (React Router's key "default").
    await page.goBack();
    await home.waitForLoaded();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await isFocused(home.heading())).toBe(true);

    await page.goForward();
    await admin.waitForLoaded();
    expect(await isFocused(admin.heading())).toBe(true);
  });

  it('creates a unit under another with the keyboard from the admin page’s "Ny enhet" form', async () => {
    const { page } = session;
    await session.signInWithCookie(person.email, person.password);
    const home = await new HomePage(page).open();

    // The main menu's "Administrasjon", then the form's fields in order.
    await pressUntilFocused(page, home.menuLink('admin'), 20);
    await page.keyboard.press('Enter');
    const admin = new AdminPage(page);
    await admin.waitForLoaded();
    // After moving to another page, focus is on its heading, so a screen reader announces it.
    expect(await isFocused(admin.heading())).toBe(true);
    await session.checkA11y('keyboard-admin-units');

    const name = `Tastaturenhet ${unique()}`;
    await pressUntilFocused(page, admin.unitNameField, 500);
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    expect(await isFocused(admin.parentSelect)).toBe(true);
    const target = await admin.parentValue(PARENT_UNIT);
    for (let i = 0; i < 500 && (await admin.parentSelect.inputValue()) !== target; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await admin.parentSelect.inputValue()).toBe(target);
    await page.keyboard.press('Tab');
    expect(await isFocused(admin.createUnitButton)).toBe(true);
    await page.keyboard.press('Enter');
    await admin.unitCreatedMessage(name).waitFor();
    expect(await admin.isShownUnder(name, PARENT_UNIT)).toBe(true);

    const all = await units(bodoLead);
    const parent = all.find((u) => u.name === PARENT_UNIT);
    expect(all.filter((u) => u.name === name)).toEqual([
      expect.objectContaining({ name, parentId: parent?.id, archivedAt: null }),
    ]);
  });

  it('starts "Gi nytt navn" on the name field, and asks before Escape throws away the changed name', async () => {
    const { page } = session;
    const name = `Navnetest ${unique()}`;
    const created = ok<{ createUnit: { id: string } }>(
      await bodoLead.gql(`mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
        input: { name },
      }),
    ).createUnit;
    await session.signInWithCookie(person.email, person.password);
    const admin = await new AdminPage(page).open();
    const actions = admin.main.getByRole('button', { name: `Handlinger for ${name}`, exact: true });
    await pressUntilFocused(page, actions, 500);
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, page.getByRole('button', { name: 'Gi nytt navn', exact: true }), 5);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Gi nytt navn til ${name}` });
    await expectVisible(dialog);
    await settle(page);
    // Issue 8: on the first field, not on the close button.
    const field = dialog.getByLabel('Nytt navn', { exact: true });
    expect(await isFocused(field)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' og omegn');

    await page.keyboard.press('Escape');
    const question = dialog.getByRole('alert');
    await expectVisible(question);
    expect(await question.innerText()).toContain('Du har endringer som ikke er lagret.');
    await session.checkA11y('keyboard-rename-unit-discard-question');
    expect(await isFocused(dialog.getByRole('button', { name: 'Fortsett å redigere', exact: true }))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await question.count()).toBe(0);
    expect(await field.inputValue()).toBe(`${name} og omegn`);

    await page.keyboard.press('Escape');
    await expectVisible(question);
    const discard = dialog.getByRole('button', { name: 'Forkast endringene', exact: true });
    expect(await pressUntilFocused(page, discard, 2)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect((await units(bodoLead)).find((u) => u.id === created.id)?.name).toBe(name);
  });
});
