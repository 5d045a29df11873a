import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible } from '../support/browser.js';
import { loginAs, ok, unique, type GraphqlClient } from '../support/graphql-client.js';
import { concludedExperiment } from '../support/lessons.js';
import { units } from '../support/lk-api.js';
import { publishToNetwork, sharedNetwork, spreadOf } from '../support/spread.js';
import { SpreadSection } from './pages/SpreadSection.js';

/**
 * Spread in the browser: Bodø's lesson is shared with a network Bergen belongs to → Bergen's
 * innovation lead tries it ("Prøv dette hos oss", choosing the unit) and lands on the new
 * experiment, which says what it builds on → a Bergen employee proposes it as an idea → once
 * Bergen has run it and shared its own lesson, Bodø's reader sees the roll-up sentence and the
 * replication with its result and change against Bergen's own baseline. Axe on every page and
 * dialog; every result checked through the API.
 */
describe('adopting a lesson and its lineage in the browser', () => {
  const tag = unique();
  let lead: BrowserSession;
  let employee: BrowserSession;
  let reader: BrowserSession;
  let leadApi: GraphqlClient;
  let employeeApi: GraphqlClient;
  let readerApi: GraphqlClient;
  let source: { id: string; title: string };
  let networkId = '';
  let experimentId = '';

  beforeAll(async () => {
    [[lead, employee, reader], [leadApi, employeeApi, readerApi]] = await Promise.all([
      BrowserSession.launchTogether('spread-lead', 'spread-employee', 'spread-reader'),
      Promise.all(
        ['innovasjon@bergen.demo', 'ansatt@bergen.demo', 'direktor@bodo.demo'].map((email) => loginAs(email)),
      ),
    ]);
    await Promise.all([
      lead.shareSessionOf(leadApi),
      employee.shareSessionOf(employeeApi),
      reader.shareSessionOf(readerApi),
    ]);
    const bodoLead = await loginAs('innovasjon@bodo.demo');
    const bodoManager = await loginAs('leder.helse@bodo.demo');
    networkId = (await sharedNetwork([bodoLead, leadApi])).id;
    const experiment = await concludedExperiment(bodoManager, {
      title: `Trygghetsalarm ${tag}`,
      result: 'SUPPORTED',
    });
    source = await publishToNetwork(
      bodoManager,
      bodoLead,
      experiment.id,
      networkId,
      `Alarm som virker ${tag}`,
    );
  });

  afterAll(async () => {
    await Promise.all([lead?.close(), employee?.close(), reader?.close()]);
  });

  it('Bergen’s innovation lead tries it in a unit they choose and lands on the new experiment', async () => {
    const page = new SpreadSection(lead.page, source.title);
    await page.open(source.id);
    expect(await page.rollup()).toBe('Ingen har prøvd denne lærdommen ennå.');
    await lead.checkA11y('spread-lesson-before');
    await page.openAdopt('Prøv dette hos oss');
    await lead.checkA11y('spread-adopt-dialog');
    // Not the employee's unit: that one is for the employee's proposal below.
    const employeeUnit = ok(await employeeApi.gql('{ me { unit { id } } }')).me.unit?.id;
    const unit = (await units(leadApi)).find((u) => !u.archivedAt && u.id !== employeeUnit)!;
    await page.chooseUnit(unit.name);
    const path = await page.submitAdopt('Start forsøket');
    expect(path).toMatch(/^\/forsok\//);
    experimentId = path.split('/')[2];
    const link = lead.page.getByTestId('source-lesson');
    await expectVisible(link.getByRole('link', { name: source.title, exact: true }));
    expect(await link.innerText()).toContain('fra Bodø kommune');
    await lead.checkA11y('spread-adopted-experiment');
    const e = ok(
      await leadApi.gql(`query($id: ID!) { experiment(id: $id) { state unit { id } sourceLesson { id } } }`, {
        id: experimentId,
      }),
    ).experiment;
    expect(e).toEqual({ state: 'PLANNED', unit: { id: unit.id }, sourceLesson: { id: source.id } });
  });

  it('a Bergen employee proposes it as an idea and lands on the idea', async () => {
    const page = new SpreadSection(employee.page, source.title);
    await page.open(source.id);
    await page.openAdopt('Foreslå som idé');
    await employee.checkA11y('spread-propose-dialog');
    const path = await page.submitAdopt('Send inn ideen');
    expect(path).toMatch(/^\/ideer\//);
    await expectVisible(employee.page.getByTestId('source-lesson').getByRole('link', { name: source.title }));
    await employee.checkA11y('spread-proposed-idea');
    const idea = ok(
      await employeeApi.gql(`query($id: ID!) { idea(id: $id) { state sourceLesson { id } } }`, {
        id: path.split('/')[2],
      }),
    ).idea;
    expect(idea).toEqual({ state: 'SUBMITTED', sourceLesson: { id: source.id } });
  });

  it('Bodø’s reader sees the roll-up and Bergen’s result against its own baseline, once Bergen shares it', async () => {
    // Bergen runs and concludes it, and shares its lesson with the network (over the API).
    let v = ok(
      await leadApi.gql(`mutation($i: UpdateExperimentInput!) { updateExperiment(input: $i) { version } }`, {
        i: {
          id: experimentId,
          version: ok(
            await leadApi.gql(`query($id: ID!) { experiment(id: $id) { version } }`, { id: experimentId }),
          ).experiment.version,
          affectsEmployees: false,
          hypothesis: { baseline: 50 },
        },
      }),
    ).updateExperiment.version;
    ok(
      await leadApi.gql(`mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { version } }`, {
        i: { id: experimentId, version: v },
      }),
    );
    ok(
      await leadApi.gql(`mutation($i: AddMeasurementInput!) { addMeasurement(input: $i) { id } }`, {
        i: { experimentId, measuredOn: '2026-11-20', value: 30 },
      }),
    );
    v = ok(await leadApi.gql(`query($id: ID!) { experiment(id: $id) { version } }`, { id: experimentId }))
      .experiment.version;
    ok(
      await leadApi.gql(
        `mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { state } }`,
        {
          i: {
            id: experimentId,
            version: v,
            result: 'SUPPORTED',
            learningCard: {
              believed: 'At det holdt',
              observed: 'Fra 50 til 30',
              learned: 'Det holdt',
              nextStep: 'SCALE',
            },
          },
        },
      ),
    );
    await publishToNetwork(leadApi, leadApi, experimentId, networkId, `Alarm i Bergen ${tag}`);

    const page = new SpreadSection(reader.page, source.title);
    await page.open(source.id);
    // The employee's proposal is in the lineage (as a proposal) but no adoption yet: the roll-up
    // counts it once it is approved into an experiment.
    expect(await page.rollup()).toBe('Prøvd i 1 kommune: 1 støttet.');
    const rows = await page.rows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      state: 'Avsluttet',
      metric: 'fysiske kveldsbesøk per uke',
      baseline: '50',
      latest: '30',
      target: '25',
    });
    expect(rows[0].where).toMatch(/^Bergen kommune/);
    expect(rows[0].result).toContain('Hypotesen bekreftet');
    expect(rows[0].result).toContain(`Alarm i Bergen ${tag}`);
    expect(rows[0].change).toMatch(/^[−-]20$/);
    expect(rows[1]).toMatchObject({ state: 'Foreslått som idé', result: '–' });
    // The table scrolls in its own region, reachable by keyboard.
    expect(await page.table.getAttribute('tabindex')).toBe('0');
    await reader.checkA11y('spread-lineage');
    // At 320 px only the table scrolls, inside its region; the page itself does not.
    await reader.page.setViewportSize({ width: 320, height: 640 });
    const { scrollWidth, culprits } = await page.overflow();
    expect([scrollWidth, culprits]).toEqual([320, []]);
    await reader.checkA11y('spread-lineage-phone');
    const api = await spreadOf(readerApi, source.id);
    expect(api.rollup).toMatchObject({
      adoptions: 1,
      organisations: 1,
      supported: 1,
      inProgress: 0,
      notShared: 0,
    });
  });
});
