import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible, isFocused, pressUntilFocused, settle } from '../support/browser.js';
import { GraphqlClient, loginAs, ok, unique } from '../support/graphql-client.js';
import { BODO_LEAD, COORDINATOR, experiment } from '../support/lk-api.js';
import { ExperimentPage } from './pages/ExperimentPage.js';
import { Shell } from './pages/Shell.js';

/**
 * Issue 8, phone first: at 320 × 640 CSS px (WCAG 1.4.10 reflow) no page scrolls sideways
 * (a table may, inside its own region), with axe on every page; the header's menu and the
 * experiment workspace work with the keyboard alone.
 */

const PHONE = { width: 320, height: 640 };

/** An element's computed outline style, read in the browser (no DOM types in this project). */
const OUTLINE = (el: unknown): string =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el)
    .outlineStyle;

const PEOPLE = {
  lead: BODO_LEAD,
  manager: 'leder.hjemme@bodo.demo',
  employee: 'ansatt@bodo.demo',
  reader: 'direktor@bodo.demo',
  union: 'tillitsvalgt@bodo.demo',
  coordinator: COORDINATOR,
} as const;

/** The routes a person has, with one of each detail page they can see. */
async function routesOf(client: GraphqlClient): Promise<string[]> {
  const data = ok(
    await client.gql(`{
      me { roles { role } }
      ideas(scope: ORGANISATION, first: 1) { nodes { id } }
      experiments(scope: ORGANISATION, first: 1) { nodes { id } }
      networks { id }
      challenges(first: 1) { nodes { id } }
    }`),
  ) as {
    me: { roles: Array<{ role: string }> };
    ideas: { nodes: Array<{ id: string }> };
    experiments: { nodes: Array<{ id: string }> };
    networks: Array<{ id: string }>;
    challenges: { nodes: Array<{ id: string }> };
  };
  const roles = data.me.roles.map((r) => r.role);
  return [
    '/',
    '/ideer?omfang=organisasjon',
    ...(roles.some((r) => r !== 'READER') ? ['/ideer/ny'] : []),
    ...data.ideas.nodes.map((n) => `/ideer/${n.id}`),
    '/forsok?omfang=organisasjon',
    ...data.experiments.nodes.map((n) => `/forsok/${n.id}`),
    '/nettverk',
    ...data.networks.slice(0, 1).map((n) => `/nettverk/${n.id}`),
    '/utfordringer',
    ...data.challenges.nodes.map((c) => `/utfordringer/${c.id}`),
    ...(roles.includes('INNOVATION_LEAD')
      ? ['/admin', '/admin?fane=personer', '/admin?fane=invitasjoner']
      : []),
    '/portefolje',
    '/portefolje/rapport',
    '/portefolje/barometer',
    '/profil',
    '/finnes-ikke',
  ];
}

async function expectReflow(session: BrowserSession, label: string): Promise<void> {
  const shell = new Shell(session.page);
  await settle(session.page);
  const { scrollWidth, width, culprits } = await shell.overflow();
  if (scrollWidth > PHONE.width)
    throw new Error(
      `"${label}" is ${scrollWidth} px wide in a ${width} px window; sticking out: ${culprits.join(', ')}`,
    );
  await session.checkA11y(label);
}

describe('at 320 × 640 px', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('phone');
    await session.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('nothing scrolls sideways when signed out, and axe finds nothing', async () => {
    const shell = new Shell(session.page);
    for (const path of ['/logg-inn', '/invitasjon/ugyldig-lenke', '/tilgjengelighet']) {
      await shell.visit(path);
      await expectReflow(session, `signed-out ${path}`);
    }
  });

  it.each(Object.entries(PEOPLE))(
    'nothing scrolls sideways for the %s on any main route, and axe finds nothing',
    async (who, email) => {
      const client = await loginAs(email);
      await session.context.clearCookies();
      await session.shareSessionOf(client);
      const shell = new Shell(session.page);
      for (const path of await routesOf(client)) {
        await shell.visit(path);
        await expectVisible(shell.heading());
        await expectReflow(session, `${who} ${path}`);
      }
      await session.context.clearCookies();
    },
    120_000,
  );

  it('tells a reader who follows a link to the new-idea form why it is not for them, with no form to fill', async () => {
    const client = await loginAs(PEOPLE.reader);
    await session.context.clearCookies();
    await session.shareSessionOf(client);
    const shell = new Shell(session.page);
    await shell.visit('/ideer/ny');
    await expectVisible(session.page.getByText('Som leser følger du porteføljen'));
    expect(await session.page.getByRole('button', { name: /Lagre utkast/ }).count()).toBe(0);
    await expectReflow(session, 'reader /ideer/ny');
    await session.context.clearCookies();
  });
});

describe('on a phone, with the keyboard only', () => {
  let manager: GraphqlClient;
  let session: BrowserSession;
  let experimentId: string;
  const title = `Telefonforsøk ${unique()}`;

  beforeAll(async () => {
    manager = await loginAs(PEOPLE.manager);
    const me = ok(await manager.gql('{ me { unit { id } } }')).me as { unit: { id: string } };
    experimentId = (
      ok(
        await manager.gql(`mutation($i: CreateExperimentInput!) { createExperiment(input: $i) { id } }`, {
          i: {
            title,
            unitId: me.unit.id,
            hypothesis: {
              change: 'kortere møter',
              targetGroup: 'teamet',
              expectedEffect: 'mer tid',
              metric: 'minutter',
            },
            acceptableLoss: 'lite',
            affectsEmployees: false,
          },
        }),
      ).createExperiment as { id: string }
    ).id;
    session = await BrowserSession.launch('phone-keyboard');
    await session.page.setViewportSize(PHONE);
    await session.shareSessionOf(manager);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the header menu with Enter, closes it with Escape back on its button, and follows a link from it', async () => {
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(shell.heading());
    await settle(page);
    expect(await shell.mainMenu.count()).toBe(0);

    expect(await pressUntilFocused(page, shell.menuButton, 6)).toBeGreaterThan(0);
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('true');
    await expectVisible(shell.mainMenu);
    await session.checkA11y('phone-menu-open');
    // The next stop after the button is inside the menu.
    await page.keyboard.press('Tab');
    expect(await isFocused(shell.languageSelect)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await isFocused(shell.menuButton)).toBe(true);
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await shell.mainMenu.count()).toBe(0);

    await page.keyboard.press('Enter');
    expect(await pressUntilFocused(page, shell.menuLink('experiments'), 12)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/forsok');
    await shell.waitForHeading('Forsøk');
    // The menu closed with the navigation, and the new page's heading has focus (a ring: the keyboard was used).
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(shell.heading())).toBe(true);
    expect(await shell.heading().evaluate(OUTLINE)).not.toBe('none');
  });

  it('closes the header menu when focus tabs out of it, and on Escape wherever focus is', async () => {
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(shell.heading());
    await settle(page);
    const inHeader = () => page.evaluate<boolean>(`!!document.activeElement?.closest('header')`);

    expect(await pressUntilFocused(page, shell.menuButton, 6)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('true');
    // Through the tools and the menu's links, and on into the page.
    for (let i = 0; i < 30 && (await inHeader()); i++) await page.keyboard.press('Tab');
    expect(await inHeader()).toBe(false);
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await shell.mainMenu.count()).toBe(0);

    // Opened by a click, with focus then dropped on the page's body: Escape still closes it.
    await shell.menuButton.click();
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.evaluate(`document.activeElement?.blur()`);
    expect(await inHeader()).toBe(false);
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await shell.menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await shell.mainMenu.count()).toBe(0);
  });

  it('after a click, the new page’s heading has focus without a ring', async () => {
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(shell.heading());
    await shell.menuButton.click();
    await shell.menuLink('ideas').click();
    await page.waitForURL('**/ideer');
    await shell.waitForHeading('Idéer');
    expect(await isFocused(shell.heading())).toBe(true);
    expect(await shell.heading().evaluate(OUTLINE)).toBe('none');
  });

  it('walks the experiment workspace: overview, section links, a measurement added with focus on its row', async () => {
    const { page } = session;
    const exp = await new ExperimentPage(page, title).open(experimentId);
    await expectReflow(session, 'phone-experiment-workspace');
    const overview = exp.section('Oversikt');
    await expectVisible(overview);
    expect(await overview.innerText()).toContain('Vi tror at kortere møter for teamet vil gi mer tid.');
    expect(await overview.innerText()).toContain('Ingen målinger ennå.');

    // The in-page navigation leads to the section: the next Tab is its first control.
    const sections = page.getByRole('navigation', { name: 'Deler av forsøket', exact: true });
    const toMeasurements = sections.getByRole('link', { name: 'Målinger', exact: true });
    expect(await pressUntilFocused(page, toMeasurements, 40)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const toggle = exp.section('Målinger').getByRole('button', { name: 'Legg til måling', exact: true });
    expect(await pressUntilFocused(page, toggle, 1)).toBe(1);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // The form opens on demand and starts on its first field.
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expectVisible(exp.measurementForm);
    await settle(page);
    expect(await isFocused(exp.measurementForm.getByLabel('Dato', { exact: true }))).toBe(true);
    await session.checkA11y('phone-measurement-form');
    const value = exp.measurementForm.getByLabel('Verdi', { exact: true });
    expect(await pressUntilFocused(page, value, 6)).toBeGreaterThan(0);
    await page.keyboard.type('12,5');
    await page.keyboard.press('Enter');

    // Saved: the form closes and focus is on the row it added.
    await expectVisible(page.getByRole('status').getByText('Målingen er lagt til.', { exact: true }));
    await settle(page);
    const row = exp.measurementTable.getByRole('row').nth(1);
    expect(await isFocused(row)).toBe(true);
    expect(await exp.measurementForm.count()).toBe(0);
    expect((await experiment(manager, experimentId)).measurements).toEqual([
      expect.objectContaining({ value: 12.5 }),
    ]);
  });

  it('asks before Escape throws away what was written in the stop dialog', async () => {
    const { page } = session;
    const exp = await new ExperimentPage(page, title).open(experimentId);
    const stop = exp.button('Avbryt forsøket');
    expect(await pressUntilFocused(page, stop, 30)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog);
    await settle(page);
    const reason = dialog.getByLabel('Hvorfor forsøket avbrytes', { exact: true });
    expect(await isFocused(reason)).toBe(true);
    await page.keyboard.type('Vi fikk ikke tid denne høsten.');

    await page.keyboard.press('Escape');
    const question = dialog.getByRole('alert');
    await expectVisible(question);
    expect(await question.innerText()).toContain('Du har endringer som ikke er lagret.');
    await session.checkA11y('phone-stop-dialog-discard-question');
    // Focus is on "Fortsett å redigere": Enter keeps the dialog and the text.
    expect(await isFocused(dialog.getByRole('button', { name: 'Fortsett å redigere', exact: true }))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await question.count()).toBe(0);
    expect(await reason.inputValue()).toBe('Vi fikk ikke tid denne høsten.');

    await page.keyboard.press('Escape');
    await expectVisible(question);
    const discard = dialog.getByRole('button', { name: 'Forkast endringene', exact: true });
    expect(await pressUntilFocused(page, discard, 2)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect((await experiment(manager, experimentId)).state).toBe('PLANNED');
  });
});
