import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible, settle } from '../support/browser.js';
import { loginAs, ok, unique } from '../support/graphql-client.js';
import { COORDINATOR } from '../support/lk-api.js';
import { ChallengePage, ChallengesPage } from './pages/ChallengesPage.js';
import { NetworkPage } from './pages/NetworkPage.js';

const NETWORK = 'Innovasjonsnettverk Nord';
const DEMO_CHALLENGE = 'Færre ensomme eldre på kveldstid';
const KINN_EMPLOYEE = 'tilsett@kinn.demo';

/**
 * The network page and a challenge page in the browser, on the demo story: Kinn's employee
 * reads what the network shares (the coordinator's pin on Bodø's lesson, the network's
 * challenges), opens the demo challenge (Kinn's idea in full, Bodø's as a count) and answers
 * the coordinator's new challenge with the challenge already chosen; the coordinator posts
 * that challenge and re-pins Bodø's lesson through their dialogs. Axe on every page and dialog.
 */
describe('networks and challenges in the browser', () => {
  let coordinator: BrowserSession;
  let member: BrowserSession;
  let networkId: string;
  const tag = unique();
  const title = `Kortere ventetid på hjelpemidler ${tag}`;

  beforeAll(async () => {
    [coordinator, member] = await BrowserSession.launchTogether('challenges-coordinator', 'challenges-kinn');
    const api = await loginAs(COORDINATOR);
    networkId = (
      ok(await api.gql('{ networks { id name } }')).networks as Array<{ id: string; name: string }>
    ).find((n) => n.name === NETWORK)!.id;
  });

  afterAll(async () => {
    await coordinator?.close();
    await member?.close();
  });

  it('a coordinator posts a network challenge through the dialog', async () => {
    await coordinator.signInWithCookie(COORDINATOR);
    const list = await new ChallengesPage(coordinator.page).open();
    expect(await list.titles()).toContain(DEMO_CHALLENGE);
    await coordinator.checkA11y('challenges-list');
    await list.openPostDialog();
    await coordinator.checkA11y('challenges-post-dialog');
    await list.post({
      target: NETWORK,
      title,
      need: 'Pårørende venter lenge på enkle hjelpemidler i alle kommunene i nettverket.',
      concerns: 'Pårørende og hjemmeboende',
      deadline: new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10),
    });
    await expectVisible(coordinator.page.getByText('Utfordringen er lagt ut.', { exact: true }));
    await coordinator.checkA11y('challenge-posted');
  });

  it('a member reads the network page: the pin, the shared lessons, the summary and the challenges', async () => {
    await member.signInWithCookie(KINN_EMPLOYEE);
    const page = await new NetworkPage(member.page).open(networkId, NETWORK);
    const pinned = await page.lessonTitles('Festet av koordinator');
    expect(pinned).toHaveLength(1);
    expect(await page.lessonTitles('Nyeste lærdommer delt med nettverket')).toContain(pinned[0]);
    // Other journeys may share (and adopt) lessons of their own: the demo's is among the most adopted.
    expect(await page.lessonTitles('Mest tatt i bruk')).toContain(pinned[0]);
    await expectVisible(page.region('Oppsummert').getByText(/lærdom(mer)? delt med nettverket/));
    expect(await page.challengeTitles()).toEqual(expect.arrayContaining([DEMO_CHALLENGE, title]));
    // A member who does not coordinate is offered no pinning.
    expect(await page.unpinButton(pinned[0]).count()).toBe(0);
    await member.checkA11y('network-page-member');
  });

  it('the demo challenge shows Kinn’s idea in full and Bodø’s as a count', async () => {
    const network = new NetworkPage(member.page);
    await network
      .region('Nettverkets utfordringer')
      .getByRole('link', { name: DEMO_CHALLENGE, exact: true })
      .click();
    const page = new ChallengePage(member.page);
    await page.waitForHeading(DEMO_CHALLENGE);
    expect(await page.ourIdeas()).toContain('Kveldskaffi med barneskulen');
    expect(await page.elsewhere()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Bodø kommune: 1 idé, 0 forsøk \(0 pågår\), 0 lærdommer$/),
      ]),
    );
    expect(await member.page.getByText('Kveldsprat på nettbrett').count()).toBe(0);
    await member.checkA11y('challenge-page-member');
  });

  it('a member follows the network’s new challenge from its page; answering it opens the idea form with the challenge chosen', async () => {
    const network = await new NetworkPage(member.page).open(networkId, NETWORK);
    await network.region('Nettverkets utfordringer').getByRole('link', { name: title, exact: true }).click();
    const page = new ChallengePage(member.page);
    await page.waitForHeading(title);
    await member.page.getByRole('button', { name: `Følg «${title}»`, exact: true }).click();
    await member.page.getByRole('button', { name: `Slutt å følge «${title}»`, exact: true }).waitFor();
    await member.checkA11y('challenge-followed');
    await page.answer();
    await page.waitForHeading('Ny idé');
    const select = member.page.getByLabel('Svarer på utfordring', { exact: true });
    await expectVisible(select);
    const chosen = await select.evaluate(
      (el) => (el as unknown as { selectedOptions: Array<{ text: string }> }).selectedOptions[0].text,
    );
    expect(chosen).toBe(`${title} (${NETWORK})`);
    await member.checkA11y('idea-form-answering');
  });

  it('the coordinator unpins and pins again with a note, through the dialog', async () => {
    const page = await new NetworkPage(coordinator.page).open(networkId, NETWORK);
    const [lesson] = await page.lessonTitles('Festet av koordinator');
    await page.unpinButton(lesson).click();
    await expectVisible(coordinator.page.getByText(`«${lesson}» er ikke lenger festet.`, { exact: true }));
    expect(await page.lessonTitles('Festet av koordinator')).toEqual([]);
    await page.pinButton(lesson).first().click();
    const dialog = page.pinDialog(lesson);
    await expectVisible(dialog);
    await coordinator.checkA11y('network-pin-dialog');
    await dialog
      .getByLabel('Notat til medlemmene', { exact: true })
      .fill('Les rådene før dere prøver videomøter.');
    await dialog.getByRole('button', { name: 'Fest lærdommen', exact: true }).click();
    await settle(coordinator.page);
    expect(await page.lessonTitles('Festet av koordinator')).toEqual([lesson]);
    await expectVisible(
      page.region('Festet av koordinator').getByText('Les rådene før dere prøver videomøter.'),
    );
    await coordinator.checkA11y('network-page-coordinator');
  });
});
