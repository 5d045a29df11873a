import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, eventually, expectVisible, settle } from '../support/browser.js';
import { loginAs, ok, unique } from '../support/graphql-client.js';
import { HomePage } from './pages/HomePage.js';
import { IdeaFormPage } from './pages/IdeaFormPage.js';
import { IdeaPage } from './pages/IdeaPage.js';
import { SearchPage } from './pages/SearchPage.js';

const EMPLOYEE = 'ansatt@bodo.demo';
const MANAGER = 'leder.helse@bodo.demo';

/**
 * Søk on the demo data, as Bodø's employee: an inflected word finds the experiment, the
 * matches are marked, a filter narrows, a typo is answered with "Mente du …?", and "Prøvd
 * før?" shows a similar idea while a new one is being written. The browser's hits agree with
 * the API's; axe on every page and state visited.
 */
describe('search and "Prøvd før?"', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('search');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds by an inflected word, marks the match, filters, and suggests for a typo', async () => {
    const { page } = session;
    await session.signInWithCookie(EMPLOYEE);
    await new HomePage(page).open();
    const search = await new SearchPage(page).openFromHeader();
    await session.checkA11y('search-empty');

    // "morgenmøtet" (definite form) finds "Felles morgenmøte på video".
    await search.search('morgenmøtet');
    const hits = await search.hits();
    const meeting = hits.find((h) => h.title === 'Felles morgenmøte på video');
    expect(meeting).toBeDefined();
    expect(meeting!.marked).toContain('morgenmøte');
    expect(meeting!.href).toMatch(/^\/forsok\/[0-9a-f-]{36}$/);
    // The browser shows what the API answers for this person.
    const api = await loginAs(EMPLOYEE);
    const { search: found } = ok<{ search: { hits: Array<{ title: string }> } }>(
      await api.gql(`query { search(query: "morgenmøtet") { hits { title } } }`),
    );
    expect(hits.map((h) => h.title)).toEqual(found.hits.map((h) => h.title));
    await session.checkA11y('search-hits');

    // A filter narrows to experiments, and the choice is in the address.
    await search.filter('Type', /^Forsøk \(\d+\)$/).check();
    await eventually(async () => expect(page.url()).toContain('type=EXPERIMENT'));
    await settle(page);
    expect((await search.hits()).map((h) => h.href).every((href) => href.startsWith('/forsok/'))).toBe(true);
    await search.sortBy('Nyeste');
    await session.checkA11y('search-filtered');

    // A typo: nothing found, "Mente du …?" offers the word, and following it finds the experiment.
    await search.search('morgenmøtr');
    await expectVisible(search.suggestion);
    const suggested = (await search.suggestion.innerText()).trim();
    expect(suggested).toMatch(/^morgenmøte/);
    await session.checkA11y('search-suggestion');
    await search.suggestion.click();
    await page.waitForURL((url) => url.searchParams.get('q') === suggested);
    await settle(page);
    expect((await search.hits()).map((h) => h.title)).toContain('Felles morgenmøte på video');
  });

  it('shows similar ideas, experiments and lessons while an idea is written', async () => {
    const { page } = session;
    const form = await new IdeaFormPage(page).open();
    const panel = page.getByRole('region', { name: 'Prøvd før?', exact: true });
    await expectVisible(panel);
    await form.field('Tittel').fill('Nattilsyn med sensorer');
    await form.field('Hvordan er behovet observert?').fill('Brukerne vekkes av tilsynsbesøk om natten');
    const similar = panel.getByRole('link', { name: /Digitalt nattilsyn for hjemmeboende/ });
    await expectVisible(similar);
    expect(await similar.getAttribute('href')).toMatch(/^\/ideer\/[0-9a-f-]{36}$/);
    expect(await similar.getAttribute('target')).toBe('_blank');
    await session.checkA11y('idea-form-tried-before');
  });

  it('shows what was tried before to the manager deciding an idea', async () => {
    // An idea of this test's own, submitted through the API, close to the demo's video meeting.
    const employee = await loginAs(EMPLOYEE);
    const unitId = ok<{ me: { unit: { id: string } } }>(await employee.gql('{ me { unit { id } } }')).me.unit
      .id;
    const title = `Morgenmøte på video for nattevakten ${unique()}`;
    const created = ok<{ createIdea: { id: string; version: number } }>(
      await employee.gql('mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }', {
        i: {
          title,
          unitId,
          needWhose: 'Nattevakten',
          needObserved: 'Nattevakten rekker ikke felles morgenmøte',
          proposal: 'Ta opp morgenmøtet på video',
          benefit: 'Alle får samme beskjed',
        },
      }),
    ).createIdea;
    ok(
      await employee.gql('mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id } }', {
        i: { id: created.id, version: created.version },
      }),
    );

    const { page } = session;
    await session.signInWithCookie(MANAGER);
    const idea = await new IdeaPage(page, title).open(created.id);
    const dialog = await idea.openDecision('park');
    const panel = dialog.getByRole('region', { name: 'Prøvd før?', exact: true });
    const tried = panel.getByRole('link', { name: /Felles morgenmøte på video/ });
    await expectVisible(tried);
    // Its result is shown with it, and the idea itself is not offered as its own precedent.
    await expectVisible(panel.getByText('Hypotesen avkreftet', { exact: true }));
    expect(await panel.getByRole('link', { name: new RegExp(title) }).count()).toBe(0);
    await session.checkA11y('decision-tried-before');
  });
});
