import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, eventually } from '../support/browser.js';
import { GraphqlClient, loginAs, ok } from '../support/graphql-client.js';
import { BODO_LEAD, newPerson } from '../support/lk-api.js';
import { HomePage } from './pages/HomePage.js';
import { NotificationsPage } from './pages/NotificationsPage.js';

/**
 * A person of their own follows a running demo experiment; while their page is open, its
 * owner writes in the learning log and the header's unread count rises live (graphql-ws),
 * without a reload. The centre lists the notices newest first; marking all read clears the
 * count. axe on both pages.
 */
describe('the notification centre and the live unread badge', () => {
  let session: BrowserSession;
  let follower: GraphqlClient;
  let owner: GraphqlClient;
  let experiment: { id: string; title: string };

  beforeAll(async () => {
    session = await BrowserSession.launch('notifications');
    const lead = await loginAs(BODO_LEAD);
    const person = await newPerson(lead, ['EMPLOYEE'], 'Vera Varsel');
    follower = await loginAs(person.email, person.password);
    owner = await loginAs('ansatt@bodo.demo');
    const mine = ok(await owner.gql(`{ experiments(scope: MINE, first: 50) { nodes { id title state } } }`))
      .experiments.nodes as Array<{ id: string; title: string; state: string }>;
    const running = mine.find((e) => e.state === 'RUNNING');
    if (!running) throw new Error('The demo has no running experiment owned by ansatt@bodo.demo');
    experiment = running;
    await session.shareSessionOf(follower);
  });

  afterAll(async () => {
    await session?.close();
  });

  const logEntry = (text: string) =>
    owner.gql(`mutation($i: AddLearningEntryInput!) { addLearningEntry(input: $i) { id } }`, {
      i: { experimentId: experiment.id, kind: 'OBSERVATION', text },
    });

  const followingIt = async () =>
    ok(
      await follower.gql(
        `query($id: ID!) { following(subjectType: EXPERIMENT, subjectId: $id) { following } }`,
        {
          id: experiment.id,
        },
      ),
    ).following.following;

  it('follows the experiment from its page', async () => {
    const { page } = session;
    const shell = new HomePage(page);
    await shell.visit(`/forsok/${experiment.id}`);
    await shell.waitForHeading(experiment.title);
    await page.getByRole('button', { name: `Følg «${experiment.title}»`, exact: true }).click();
    await page.getByRole('button', { name: `Slutt å følge «${experiment.title}»`, exact: true }).waitFor();
    expect(await followingIt()).toBe(true);
    await session.checkA11y('experiment-followed');
  });

  it('updates the badge live and lists the notices', async () => {
    const { page } = session;
    await new HomePage(page).open();
    const centre = new NotificationsPage(page);
    expect(
      await eventually(() => centre.badgeName().then((n) => (n ? n : Promise.reject(new Error('no badge'))))),
    ).toBe('Varsler, ingen uleste');
    await page.waitForTimeout(500); // the subscription is open (the ws client loads lazily)

    ok(await logEntry('Brukerne spurte etter flere kveldstimer'));
    expect(
      await eventually(async () => {
        const name = await centre.badgeName();
        if (name !== '1 ulest varsel') throw new Error(`badge says ${name}`);
        return name;
      }),
    ).toBe('1 ulest varsel');
    ok(await logEntry('Færre telefoner etter at vi startet'));
    await eventually(async () => {
      const name = await centre.badgeName();
      if (name !== '2 uleste varsler') throw new Error(`badge says ${name}`);
    });
    await expect(centre.badge.textContent()).resolves.toContain('2');
    // The accessible name, as assistive technology gets it.
    expect(await page.getByRole('link', { name: '2 uleste varsler', exact: true }).count()).toBe(1);

    await centre.openFromBadge();
    const expected = `Ny oppføring i læringsloggen til «${experiment.title}».`;
    await eventually(async () => {
      const texts = await centre.texts();
      if (texts.filter((t) => t.includes(expected)).length < 2) throw new Error(texts.join(' | '));
    });
    expect(await centre.unreadItems().count()).toBe(2);
    await session.checkA11y('notification-centre');

    // A third one while the centre is open appears in the list too.
    ok(await logEntry('Teamet vil prøve én uke til'));
    await eventually(async () => {
      if ((await centre.unreadItems().count()) !== 3) throw new Error('not yet');
    });

    await centre.markAllRead();
    await eventually(async () => {
      const name = await centre.badgeName();
      if (name !== 'Varsler, ingen uleste') throw new Error(`badge says ${name}`);
    });
    expect(await centre.unreadItems().count()).toBe(0);
    await session.checkA11y('notification-centre-read');
    const unread = ok(await follower.gql('{ unreadNotificationCount }')).unreadNotificationCount;
    expect(unread).toBe(0);
  });
});
