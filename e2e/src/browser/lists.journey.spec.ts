import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, eventually, expectVisible, settle } from '../support/browser.js';
import { loginAs, ok, unique, type GraphqlClient } from '../support/graphql-client.js';
import { BODO_LEAD } from '../support/lk-api.js';
import { ListPage } from './pages/ListPage.js';
import { Shell } from './pages/Shell.js';

/**
 * Issue 8, lists that find things; Mitt arbeid for leads and readers; the accessibility
 * statement. Filters live in a labelled form, in the address and in the list's memory; the
 * count is announced politely; axe on every state visited, and at 320 px nothing scrolls sideways.
 */

const READER = 'direktor@bodo.demo';
const UNION_REP = 'tillitsvalgt@bodo.demo';
const COORDINATOR = 'koordinator@nfk.demo';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EMPLOYEE = 'ansatt@bodo.demo';

describe('the ideas and experiments lists', () => {
  let session: BrowserSession;
  let lead: GraphqlClient;
  const token = `Filterprøve ${unique()}`;

  beforeAll(async () => {
    // An employee submits two ideas with a title of their own, so the filter has something known to find.
    const employee = await loginAs(EMPLOYEE);
    const me = ok(await employee.gql('{ me { unit { id } } }')).me as { unit: { id: string } };
    for (const suffix of ['alfa', 'beta']) {
      const idea = ok(
        await employee.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }`, {
          i: {
            title: `${token} ${suffix}`,
            unitId: me.unit.id,
            needWhose: 'Innbyggere',
            needObserved: 'Vi har sett det',
            proposal: 'Et forslag',
            benefit: 'En gevinst',
          },
        }),
      ).createIdea as { id: string; version: number };
      ok(
        await employee.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id } }`, {
          i: { id: idea.id, version: idea.version },
        }),
      );
    }
    lead = await loginAs(BODO_LEAD);
    session = await BrowserSession.launch('lists');
    await session.shareSessionOf(lead);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the unit filter tells a screen reader where each unit sits, not only the eye', async () => {
    const { page } = session;
    const list = new ListPage(page);
    await new Shell(page).visit('/ideer');
    const unitSelect = list.select('Enhet (med enhetene under)');
    await expectVisible(unitSelect);
    // Every unit below the top has an accessible name with its parents ("…, under …"); the
    // visible text stays the indented name.
    const names = await unitSelect
      .locator('option')
      .evaluateAll((options) =>
        options.map((o): [string, string | null] => [
          (o as unknown as { textContent: string | null }).textContent ?? '',
          (o as unknown as { getAttribute(n: string): string | null }).getAttribute('aria-label'),
        ]),
      );
    const nested = names.filter(([text]) => text.startsWith('\u2003'));
    expect(nested.length).toBeGreaterThan(0);
    for (const [text, spoken] of nested)
      expect(spoken).toMatch(new RegExp(`^${escape(text.trim())}, under .+`));
    // …and that is the name the browser gives the option.
    expect(await unitSelect.getByRole('option', { name: /, under / }).count()).toBe(nested.length);
  });

  it('a lead starts on the whole organisation, filters by title and state, and the count is announced', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const list = new ListPage(page);
    await shell.visit('/ideer');
    await expectVisible(shell.heading());
    expect(await list.selectedTab().textContent()).toBe('Hele organisasjonen');
    await expectVisible(list.filters);
    await session.checkA11y('ideas, lead, first visit');

    await list.titleFilter.fill(token.toUpperCase());
    await list.waitForCount(2);
    expect(await list.param('tittel')).toBe(token.toUpperCase());
    expect(await list.status.getAttribute('aria-live')).toBe('polite');
    expect(await list.rows().count()).toBe(3); // a header row and two ideas

    await list.select('Tilstand').selectOption('DECLINED');
    await list.waitForCount(0);
    await expectVisible(page.getByText('Ingen passer filtrene'));
    await session.checkA11y('ideas, filtered to nothing');
    await list.select('Tilstand').selectOption('SUBMITTED');
    await list.waitForCount(2);
    await list.select('Sortering').selectOption('eldste');
    await eventually(async () => expect(await list.param('sortering')).toBe('eldste'));
    await settle(page);
    const firstRow = list.rows().nth(1);
    await eventually(async () => expect(await firstRow.textContent()).toContain(`${token} alfa`));
    await session.checkA11y('ideas, filtered and sorted');
  });

  it('remembers the filters: the list opened without any comes back as it was left, and the address is shareable', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const list = new ListPage(page);
    await shell.visit('/ideer');
    await list.waitForCount(2);
    expect(await list.param('tilstand')).toBe('SUBMITTED');
    expect(await list.param('tittel')).toBe(token.toUpperCase());
    const shared = page.url();

    // Someone else, with no memory of this list, opens the link and sees the same.
    const other = await BrowserSession.launch('lists-shared');
    try {
      await other.shareSessionOf(await loginAs(READER));
      await new Shell(other.page).visit(new URL(shared).pathname + new URL(shared).search);
      const theirs = new ListPage(other.page);
      await theirs.waitForCount(2);
      expect(await theirs.titleFilter.inputValue()).toBe(token.toUpperCase());
      await other.checkA11y('ideas, shared link');
    } finally {
      await other.close();
    }

    await page.getByRole('button', { name: 'Nullstill filtre' }).first().click();
    await eventually(async () => expect(await list.param('tittel')).toBeNull());
  });

  it('filters experiments by state and result, and nothing scrolls sideways at 320 px', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const list = new ListPage(page);
    await shell.visit('/forsok?omfang=organisasjon&tilstand=CONCLUDED');
    await expectVisible(list.filters);
    await settle(page);
    await list.select('Resultat').selectOption('SUPPORTED');
    await eventually(async () => expect(await list.param('resultat')).toBe('SUPPORTED'));
    await settle(page);
    await session.checkA11y('experiments, concluded and supported');

    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const path of ['/ideer?omfang=organisasjon&tilstand=SUBMITTED', '/forsok?omfang=organisasjon']) {
        await shell.visit(path);
        await expectVisible(shell.heading());
        await settle(page);
        const { scrollWidth, culprits } = await shell.overflow();
        if (scrollWidth > 320) throw new Error(`${path} is ${scrollWidth} px wide: ${culprits.join(', ')}`);
        await session.checkA11y(`phone ${path}`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('Mitt arbeid for a lead and a reader, and the accessibility statement', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('portfolio');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a lead sees what waits in the organisation, with links, and nothing "coming later"', async () => {
    await session.shareSessionOf(await loginAs(BODO_LEAD));
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(page.getByRole('heading', { name: 'Organisasjonen i tall' }));
    for (const heading of [
      /^Idéer som venter på beslutning/,
      /^Forsøk som pågår/,
      /^Forsøk uten logginnføring på 30 dager/,
      /^Nylige resultater/,
      /^Forsøk som venter på tillitsvalgte/,
      /^Avsluttede forsøk uten lærdom/,
    ])
      await expectVisible(page.getByRole('heading', { name: heading }));
    expect(await page.getByText(/kommer i Lærekraft etter hvert/).count()).toBe(0);
    await settle(page);
    await session.checkA11y('home, lead');
    await session.context.clearCookies();
  });

  it('a reader sees what waits, what runs, what has gone quiet and the latest results', async () => {
    await session.shareSessionOf(await loginAs(READER));
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    for (const heading of [
      /^Idéer som venter på beslutning/,
      /^Forsøk som pågår/,
      /^Forsøk uten logginnføring på 30 dager/,
      /^Nylige resultater/,
    ])
      await expectVisible(page.getByRole('heading', { name: heading }));
    expect(await page.getByRole('heading', { name: /^Mine utkast/ }).count()).toBe(0);
    await settle(page);
    await session.checkA11y('home, reader');
    await session.context.clearCookies();
  });

  it('a union representative sees the experiments waiting for union involvement', async () => {
    await session.shareSessionOf(await loginAs(UNION_REP));
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(page.getByRole('heading', { name: /^Forsøk som venter på tillitsvalgte/ }));
    await expectVisible(page.getByRole('link', { name: 'Se alle planlagte forsøk' }));
    await settle(page);
    await session.checkA11y('home, union representative');
    await session.context.clearCookies();
  });

  it('a network coordinator sees the networks they run, with their lessons and open challenges', async () => {
    await session.shareSessionOf(await loginAs(COORDINATOR));
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/');
    await expectVisible(page.getByRole('heading', { level: 2, name: /^Nettverket / }).first());
    await expectVisible(page.getByRole('link', { name: /^Gå til / }).first());
    await expectVisible(page.getByRole('heading', { level: 3, name: /^Åpne utfordringer/ }).first());
    await settle(page);
    await session.checkA11y('home, network coordinator');
    await session.context.clearCookies();
  });

  it('anyone reaches the accessibility statement from the footer without signing in', async () => {
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/logg-inn');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
    await page.waitForURL('**/tilgjengelighet');
    await shell.waitForHeading('Tilgjengelighetserklæring');
    for (const heading of [
      'Hvilke krav vi følger',
      'Slik har vi testet',
      'Kjente avvik',
      'Tilbakemelding og kontakt',
      'Dato',
    ])
      await expectVisible(page.getByRole('heading', { name: heading }));
    await expectVisible(page.getByText(/WCAG 2\.1/).first());
    await session.checkA11y('accessibility statement');
  });
});
