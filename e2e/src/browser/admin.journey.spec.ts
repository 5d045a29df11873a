import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession } from '../support/browser.js';
import { GraphqlClient, loginAs, unique } from '../support/graphql-client.js';
import { BODO_LEAD, invitations, me, people, setPreferredLocale, units } from '../support/lk-api.js';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage.js';
import { AdminPage } from './pages/AdminPage.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NetworkPage } from './pages/NetworkPage.js';
import { NetworksPage } from './pages/NetworksPage.js';
import { ProfilePage } from './pages/ProfilePage.js';

/**
 * The innovation lead's journey in the browser: sign in, switch to nynorsk and back, add
 * a unit, invite a person; the invited person accepts in a browser of their own. Every
 * result is checked through the API, and axe runs on every page visited.
 */

const DEMO_NETWORK = 'Innovasjonsnettverk Nord';
const PARENT_UNIT = 'Helse og omsorg';

describe('the innovation lead’s administration journey', () => {
  let lead: BrowserSession;
  let newcomer: BrowserSession | undefined;
  let api: GraphqlClient;

  beforeAll(async () => {
    api = await loginAs(BODO_LEAD);
    lead = await BrowserSession.launch('admin');
  });

  afterAll(async () => {
    // The language switch saves to the demo lead's profile: put it back for the other tests.
    await setPreferredLocale(await loginAs(BODO_LEAD), 'NB');
    await newcomer?.close();
    await lead?.close();
  });

  it('signs in, switches language, adds a unit and invites a person who then accepts', async () => {
    const { page } = lead;

    // ── Sign in ──
    const login = await new LoginPage(page).open();
    await lead.checkA11y('sign-in');
    await login.signIn(BODO_LEAD);
    const home = new HomePage(page);
    await home.waitForLoaded();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await home.htmlLang()).toBe('nb');
    await lead.checkA11y('home');

    // ── Nynorsk, kept after a reload and saved to the profile ──
    await home.chooseLanguage('nn');
    expect(await home.htmlLang()).toBe('nn');
    await home.menuLink('profile', 'nn').waitFor();
    expect(await home.skipLink.innerText()).toBe('Hopp til hovudinnhaldet');
    expect(await home.menuLink('profile', 'nb').count()).toBe(0);
    await home.reload();
    await home.waitForLoaded();
    expect(await home.htmlLang()).toBe('nn');
    expect(await home.chosenLanguage()).toBe('nn');
    await home.menuLink('profile', 'nn').waitFor();
    expect(await home.main.getByText('Dette kan du gjere no', { exact: true }).count()).toBe(1);
    expect((await me(api)).locale).toBe('NN');

    // Back to bokmål (the rest of the journey reads bokmål labels).
    await home.chooseLanguage('nb');
    expect(await home.htmlLang()).toBe('nb');
    await home.menuLink('profile', 'nb').waitFor();
    expect((await me(api)).locale).toBe('NB');

    // ── Profile, networks and a network ──
    await home.goTo('profile');
    const profile = new ProfilePage(page);
    await profile.waitForLoaded();
    expect(await profile.shownLanguage()).toBe('nb');
    expect(await profile.shownName()).toBe((await me(api)).name);
    await lead.checkA11y('profile');

    await profile.goTo('networks');
    const networksPage = new NetworksPage(page);
    await networksPage.waitForLoaded();
    expect(await networksPage.myNetworkNames()).toContain(DEMO_NETWORK);
    await lead.checkA11y('networks');
    await networksPage.openNetwork(DEMO_NETWORK);
    const networkPage = new NetworkPage(page);
    expect(await networkPage.members()).toEqual(
      expect.arrayContaining([{ organisation: 'Bodø kommune', status: 'Medlem' }]),
    );
    await lead.checkA11y('network');

    // ── Units: a new unit under "Helse og omsorg" ──
    await networkPage.goTo('admin');
    const admin = new AdminPage(page);
    await admin.waitForLoaded();
    expect(await admin.selectedTab()).toBe('Enheter');
    expect(await admin.unitNames()).toContain(PARENT_UNIT);
    await lead.checkA11y('admin-units');

    const unitName = `Velferdsteknologi ${unique()}`;
    await admin.addUnit(unitName, PARENT_UNIT);
    expect(await admin.isShownUnder(unitName, PARENT_UNIT)).toBe(true);

    const allUnits = await units(api);
    const parent = allUnits.filter((u) => u.name === PARENT_UNIT);
    expect(parent).toHaveLength(1);
    expect(allUnits.filter((u) => u.name === unitName)).toEqual([
      expect.objectContaining({ name: unitName, parentId: parent[0].id, archivedAt: null }),
    ]);

    // ── People ──
    await admin.showTab('personer');
    expect(await admin.person(BODO_LEAD)).toEqual([
      expect.any(String),
      BODO_LEAD,
      expect.stringContaining('Innovasjonsansvarlig'),
    ]);
    await lead.checkA11y('admin-people');
    const leadName = (await me(api)).name;
    await admin.openRolesFor(leadName);
    await lead.checkA11y('admin-people-roles-dialog');
    await admin.closeDialog();

    // ── Invitations: an employee ──
    await admin.showTab('invitasjoner');
    await lead.checkA11y('admin-invitations');
    const email = `ny.${unique()}@bodo.demo`;
    const link = await admin.invite('Siri Nyansatt', email, ['EMPLOYEE']);
    expect(link).toMatch(new RegExp(`^${escape(new URL(page.url()).origin)}/invitasjon/[A-Za-z0-9_-]{20,}$`));
    expect(await admin.pendingEmails()).toContain(email);
    await lead.checkA11y('admin-invitations-created');

    expect((await invitations(api)).filter((i) => i.email === email)).toEqual([
      expect.objectContaining({
        email,
        name: 'Siri Nyansatt',
        status: 'PENDING',
        roles: [{ role: 'EMPLOYEE' }],
      }),
    ]);
    expect((await people(api)).map((p) => p.email)).not.toContain(email);

    // ── The invited person, in a browser of their own ──
    newcomer = await BrowserSession.launch('newcomer');
    const accept = await new AcceptInvitationPage(newcomer.page).open(link);
    expect(await accept.fact('Organisasjon')).toBe('Bodø kommune');
    expect(await accept.fact('E-post')).toBe(email);
    expect(await accept.nameField.inputValue()).toBe('Siri Nyansatt');
    await newcomer.checkA11y('accept-invitation');
    const password = `fjellbjork-${unique()}`;
    await accept.accept('Siri Nyansatt', password);

    const newcomerHome = new HomePage(newcomer.page);
    await newcomerHome.waitForLoaded();
    expect(new URL(newcomer.page.url()).pathname).toBe('/');
    await newcomerHome.welcome('Siri Nyansatt').waitFor();
    expect(await newcomerHome.roles()).toEqual(['Medarbeider']);
    // An employee sees no administration.
    expect(await newcomerHome.menuLink('admin').count()).toBe(0);
    await newcomer.screenshot('home-employee');

    const person = (await people(api)).filter((p) => p.email === email);
    expect(person).toEqual([
      expect.objectContaining({ email, name: 'Siri Nyansatt', roles: [{ role: 'EMPLOYEE', unit: null }] }),
    ]);
    expect((await invitations(api)).filter((i) => i.email === email && i.status === 'PENDING')).toEqual([]);
    // The password chosen in the browser is the one that works.
    expect((await me(await loginAs(email, password))).email).toBe(email);

    // Axe ran on every kind of page the journey visited.
    expect([...lead.checked, ...newcomer.checked].map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'sign-in',
        'home',
        'profile',
        'networks',
        'network',
        'admin-units',
        'admin-people',
        'admin-invitations',
        'accept-invitation',
      ]),
    );
  }, 120_000);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
