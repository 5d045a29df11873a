import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession } from '../support/browser.js';
import { loginAs } from '../support/graphql-client.js';
import { BERGEN_LEAD, networkInviting, networks } from '../support/lk-api.js';
import { HomePage } from './pages/HomePage.js';
import { NetworkPage } from './pages/NetworkPage.js';
import { NetworksPage } from './pages/NetworksPage.js';

/**
 * Bergen's innovation lead accepts an invitation to a network in the browser. The
 * network is this test's own (made by the demo coordinator through the API): the demo
 * network's invitation to Bergen stays as the demo data has it, for the other tests.
 */
describe('answering a network invitation', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('networks');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets Bergen’s innovation lead accept, after which Bergen is a member', async () => {
    const network = await networkInviting('Bergen kommune');
    const bergen = await loginAs(BERGEN_LEAD);
    expect((await networks(bergen)).find((n) => n.id === network.id)?.myMembership?.status).toBe('INVITED');

    const { page } = session;
    await session.signInWithCookie(BERGEN_LEAD);
    const home = await new HomePage(page).open();
    await home.goTo('networks');
    const list = new NetworksPage(page);
    await list.waitForLoaded();
    expect(await list.isInvitedTo(network.name)).toBe(true);
    expect(await list.myNetworkNames()).not.toContain(network.name);
    await session.checkA11y('networks-invited');

    await list.acceptInvitation(network.name);
    expect(await list.isInvitedTo(network.name)).toBe(false);
    expect(await list.acceptButton(network.name).count()).toBe(0);
    expect(await list.myNetworkNames()).toContain(network.name);

    await list.openNetwork(network.name);
    const page2 = new NetworkPage(page);
    expect(await page2.myStatus()).toBe('Medlem');
    expect(await page2.members()).toEqual(
      expect.arrayContaining([{ organisation: 'Bergen kommune', status: 'Medlem' }]),
    );
    await session.checkA11y('network-member');

    expect((await networks(bergen)).find((n) => n.id === network.id)).toMatchObject({
      name: network.name,
      myMembership: { status: 'MEMBER' },
    });
  });
});
