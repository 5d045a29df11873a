import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BrowserSession,
  eventually,
  expectVisible,
  isFocused,
  pressUntilFocused,
} from '../support/browser.js';
import { parseCsv } from '../support/csv.js';
import { loginAs, ok, type GraphqlClient } from '../support/graphql-client.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { Shell } from './pages/Shell.js';

/**
 * Issue 9, Portefølje on the demo data, as Bodø's reader (the chief executive): the
 * organisation's dashboard, a chart switched to its table, a filter by action that lands in
 * the address and changes the figures (checked against the API's numbers), a table exported
 * as CSV, the print report (no menu when printed) and the Innovasjonsbarometer. Axe on every
 * state; the toggles are reachable with the keyboard.
 */

const READER = 'direktor@bodo.demo';
const FUNNEL = 'Fra idé til spredning';
const ACTIONS = 'Forsøk per handling';
const STAGE_NB: Record<string, string> = {
  IDEAS: 'Idéer',
  APPROVED: 'Godkjent',
  STARTED: 'Startet',
  ENDED: 'Avsluttet',
  LESSONS: 'Lærdom skrevet',
  ADOPTED_ELSEWHERE: 'Tatt i bruk andre steder',
};
const ACTION_NB: Record<string, string> = {
  DARE: 'Å våge',
  LEAD: 'Å lede',
  LEARN: 'Å lære',
  MOBILISE: 'Å mobilisere',
  COLLABORATE: 'Å samhandle',
};

interface Funnel {
  funnel: Array<{ stage: string; count: number }>;
  byAction: Array<{ key: string; count: number }>;
}

async function dashboardOf(client: GraphqlClient, action?: string): Promise<Funnel> {
  return ok(
    await client.gql(
      `query($f: DashboardFilterInput!) { dashboard(filter: $f) { funnel { stage count } byAction { key count } } }`,
      { f: { scope: 'ORGANISATION', ...(action ? { action } : {}) } },
    ),
  ).dashboard as Funnel;
}

const funnelRows = (d: Funnel) => d.funnel.map((s) => [STAGE_NB[s.stage], String(s.count)]);

describe('Portefølje for a reader', () => {
  let session: BrowserSession;
  let reader: GraphqlClient;
  let all: Funnel;
  /** An action whose filter changes the funnel on the demo data, and the funnel it gives. */
  let action: string;
  let filtered: Funnel;

  beforeAll(async () => {
    reader = await loginAs(READER);
    all = await dashboardOf(reader);
    for (const a of all.byAction.filter((x) => x.count > 0).map((x) => x.key)) {
      const d = await dashboardOf(reader, a);
      if (JSON.stringify(d.funnel) !== JSON.stringify(all.funnel)) {
        action = a;
        filtered = d;
        break;
      }
    }
    session = await BrowserSession.launch('dashboard');
    await session.shareSessionOf(reader);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the organisation’s dashboard from the menu, with its scope in the address', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const dashboard = new DashboardPage(page);
    await shell.visit('/');
    await shell.mainMenu.getByRole('link', { name: 'Portefølje' }).click();
    await shell.waitForHeading('Portefølje');
    await dashboard.waitFor('Bodø kommune');
    expect(await dashboard.param('omfang')).toBe('organisasjon');
    expect(await dashboard.select('Portefølje for').inputValue()).toBe('ORGANISATION');
    // Each figure is named by its summary; the funnel's names every stage with its count.
    const chart = dashboard.figure(FUNNEL).getByRole('img');
    const name = (await chart.getAttribute('aria-label')) ?? '';
    for (const s of all.funnel) expect(name).toContain(`${STAGE_NB[s.stage]!.toLowerCase()}: ${s.count}`);
    await session.checkA11y('dashboard, organisation');
  });

  it('switches the funnel to its table, with the API’s numbers', async () => {
    const { page } = session;
    const dashboard = new DashboardPage(page);
    const toggle = dashboard.tableToggle(FUNNEL);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await dashboard.figure(FUNNEL).getByRole('img').count()).toBe(0);
    const rows = await dashboard.rows(FUNNEL);
    expect(rows.map((r) => r.slice(0, 2))).toEqual(funnelRows(all));
    const headers = await dashboard.table(FUNNEL).getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Trinn', 'Antall', 'Andel av idéene']);
    await session.checkA11y('dashboard, funnel as table');
  });

  it('filters by action: the address follows, the figures change, a reload keeps it', async () => {
    expect(action).toBeDefined(); // the demo data has an action that narrows the funnel
    const { page } = session;
    const dashboard = new DashboardPage(page);
    await dashboard.select('Handling').selectOption(action);
    await eventually(async () => expect(await dashboard.param('handling')).toBe(action));
    await eventually(async () =>
      expect((await dashboard.rows(FUNNEL)).map((r) => r.slice(0, 2))).toEqual(funnelRows(filtered)),
    );
    expect(funnelRows(filtered)).not.toEqual(funnelRows(all));
    await expectVisible(dashboard.status.filter({ hasText: 'Ett filter er valgt.' }));
    await session.checkA11y('dashboard, filtered by action');

    await page.reload();
    await dashboard.waitFor('Bodø kommune');
    expect(await dashboard.select('Handling').inputValue()).toBe(action);
    // The table toggle is the page's own state; the figure is back as a chart, with the filtered numbers.
    await dashboard.tableToggle(FUNNEL).click();
    expect((await dashboard.rows(FUNNEL)).map((r) => r.slice(0, 2))).toEqual(funnelRows(filtered));
  });

  it('exports the table as CSV: BOM, header, and the rows the table shows', async () => {
    const dashboard = new DashboardPage(session.page);
    const { name, text } = await dashboard.downloadCsv(FUNNEL);
    expect(name).toBe('portefolje-fra-ide-til-spredning.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['Trinn', 'Antall', 'Andel av idéene']);
    expect(rows.map((r) => r.slice(0, 2))).toEqual(funnelRows(filtered));
  });

  it('reaches a figure’s table toggle with the keyboard and switches it with Enter', async () => {
    const { page } = session;
    const dashboard = new DashboardPage(page);
    const toggle = dashboard.tableToggle(ACTIONS);
    await page.getByRole('heading', { level: 1 }).focus();
    await pressUntilFocused(page, toggle, 40);
    expect(await isFocused(toggle)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The filtered action's own row: every experiment shown carries it.
    const rows = await dashboard.rows(ACTIONS);
    const count = filtered.byAction.find((a) => a.key === action)?.count ?? 0;
    expect(rows.find((r) => r[0] === ACTION_NB[action])?.[1]).toBe(String(count));
    await session.checkA11y('dashboard, actions as table by keyboard');
  });

  it('opens the print report with the same filters; printed, the menu and buttons are gone', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const dashboard = new DashboardPage(page);
    await dashboard.view('Rapport for utskrift').click();
    await shell.waitForHeading('Porteføljerapport: Bodø kommune');
    expect(new URL(page.url()).pathname).toBe('/portefolje/rapport');
    expect(await dashboard.param('handling')).toBe(action);
    await expectVisible(page.getByText(`Handling: ${ACTION_NB[action]}`));
    // Every figure as its table, the funnel with the filtered numbers.
    expect((await dashboard.rows(FUNNEL)).map((r) => r.slice(0, 2))).toEqual(funnelRows(filtered));
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(8);
    await session.checkA11y('report');

    await page.evaluate(() => {
      const w = globalThis as unknown as { print: () => void; printed?: number };
      w.printed = 0;
      w.print = () => {
        w.printed = (w.printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Skriv ut' }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { printed?: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await shell.mainMenu.isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
      expect(await dashboard.view('Oversikt').isVisible()).toBe(false);
      expect(await dashboard.table(FUNNEL).isVisible()).toBe(true);
      await session.checkA11y('report, printed');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows the Innovasjonsbarometer from the record, with the API’s answers', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const dashboard = new DashboardPage(page);
    const b = ok(await reader.gql(`{ barometer { units unitsWithExperiment fromElsewhere { part whole } } }`))
      .barometer as {
      units: number;
      unitsWithExperiment: number;
      fromElsewhere: { part: number; whole: number };
    };
    await dashboard.view('Innovasjonsbarometer').click();
    await shell.waitForHeading('Innovasjonsbarometer');
    await expectVisible(page.getByText(/Innovasjonsbarometer spør kommunene/));
    await expectVisible(page.getByText(`${b.unitsWithExperiment} av ${b.units} enheter`));
    await expectVisible(page.getByText(`${b.fromElsewhere.part} av ${b.fromElsewhere.whole} forsøk`).first());
    await session.checkA11y('barometer');
    await dashboard.tableToggle('Svarene').click();
    const rows = await dashboard.rows('Svarene');
    expect(rows[0]!.slice(0, 1).concat(rows[0]!.slice(2))).toEqual([
      'Enheter som har startet minst ett forsøk',
      String(b.unitsWithExperiment),
      String(b.units),
    ]);
    await session.checkA11y('barometer, as table');
  });
});

describe('Portefølje for a manager, from an address they may not open', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('dashboard-manager');
    await session.shareSessionOf(await loginAs('leder.helse@bodo.demo'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says the shared link’s portfolio is not theirs and what it shows instead', async () => {
    const { page } = session;
    const shell = new Shell(page);
    const dashboard = new DashboardPage(page);
    // The organisation's portfolio: a manager sees their own units only.
    await shell.visit('/portefolje?omfang=organisasjon');
    await shell.waitForHeading('Portefølje');
    const notice = page.getByRole('status').filter({ hasText: 'Lenken viste til en portefølje' });
    await expectVisible(notice);
    expect(await dashboard.select('Portefølje for').inputValue()).toMatch(/^UNIT:/);
    expect(await dashboard.param('omfang')).toBe('enhet');
    await session.checkA11y('dashboard, redirected from the organisation');
    // Choosing a scope themselves puts the notice away.
    await dashboard.select('Fra kvartal').selectOption({ index: 1 });
    await eventually(async () => expect(await notice.count()).toBe(0));
  });

  it('shows no period pickers on the barometer, which is the organisation’s', async () => {
    const { page } = session;
    const shell = new Shell(page);
    await shell.visit('/portefolje/barometer');
    await shell.waitForHeading('Innovasjonsbarometer');
    await expectVisible(page.getByText(/Barometeret gjelder hele organisasjonen/));
    expect(await page.getByRole('main').getByRole('combobox').count()).toBe(0);
    await session.checkA11y('barometer, refused');
  });
});
