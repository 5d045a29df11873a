/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, expectVisible } from '../support/browser.js';
import { loginAs, ok, unique, type GraphqlClient } from '../support/graphql-client.js';
import { runningExperiment } from '../support/lessons.js';
import { spreadOf } from '../support/spread.js';
import { ExperimentPage } from './pages/ExperimentPage.js';
import { HomePage } from './pages/HomePage.js';
import { LessonPage } from './pages/LessonPages.js';
import { NotificationsPage } from './pages/NotificationsPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SpreadSection } from './pages/SpreadSection.js';

/**
 * The headline journey, in the browser on the demo data, one browser context per
 * municipality (the people of one organisation take turns in it, as at a shared desk):
 *
 * Bodø's owner concludes a running experiment and writes its lesson → Bodø's innovation lead
 * publishes it to Innovasjonsnettverk Nord → Kinn's manager finds it by searching an inflected
 * word of its title ("sengealarmen" for "Sengealarm"), opens it and tries it in Heimetenesta
 * Måløy ("Prøv dette hos oss") → meanwhile the unread badge on Bodø's owner's open page rises
 * without a reload, and the centre says the lesson is being tried in Kinn → Kinn records
 * union involvement, its own baseline, starts, measures, concludes with a result and a
 * learning card, writes its lesson and Kinn's lead publishes it to the network → Bodø's lesson
 * shows the roll-up sentence and Kinn's replication with its result and its change against
 * Kinn's own baseline. axe on every page and dialog state; the results checked through the API.
 *
 * The Bodø experiment is the test's own (made running over the API, concluded in the UI): the
 * demo's running experiment belongs to the notification journey, its concluded one to the
 * demo's own lesson.
 */
const BODO_OWNER = 'ansatt@bodo.demo';
const BODO_MANAGER = 'leder.hjemme@bodo.demo';
const BODO_LEAD = 'innovasjon@bodo.demo';
const KINN_MANAGER = 'leder.heime@kinn.demo';
const KINN_LEAD = 'innovasjon@kinn.demo';
const NETWORK = 'Innovasjonsnettverk Nord';
const KINN_UNIT = 'Heimetenesta Måløy';

describe('a lesson spreads from Bodø to Kinn and back, in the browser', () => {
  const tag = unique();
  const title = `Sengealarm for nattevakten ${tag}`;
  const kinnTitle = `Sengealarm i Måløy ${tag}`;
  const today = new Date().toISOString().slice(0, 10);
  let bodo: BrowserSession;
  let kinn: BrowserSession;
  let bodoOwner: GraphqlClient;
  let bodoLead: GraphqlClient;
  let kinnManager: GraphqlClient;
  let kinnLead: GraphqlClient;
  let experiment: { id: string; title: string };
  let lessonId = '';
  let kinnExperimentId = '';
  let kinnLessonId = '';
  let unreadBefore = 0;
  const timings: Record<string, number> = {};
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await step();
    } finally {
      timings[label] = Date.now() - start;
    }
  };

  beforeAll(async () => {
    [[bodo, kinn], [bodoOwner, bodoLead, kinnManager, kinnLead]] = await Promise.all([
      BrowserSession.launchTogether('across-bodo', 'across-kinn'),
      Promise.all([BODO_OWNER, BODO_LEAD, KINN_MANAGER, KINN_LEAD].map((email) => loginAs(email))),
    ]);
    await Promise.all([bodo.shareSessionOf(bodoOwner), kinn.shareSessionOf(kinnManager)]);
    experiment = await runningExperiment(await loginAs(BODO_MANAGER), { title, ownerEmail: BODO_OWNER });
  });

  afterAll(async () => {
    process.stdout.write(`spread-across (browser) step timings, ms: ${JSON.stringify(timings)}\n`);
    await Promise.all([bodo?.close(), kinn?.close()]);
  });

  it('Bodø’s owner concludes the experiment and writes its lesson', async () => {
    await timed('bodo-conclude-and-write', async () => {
      const page = await new ExperimentPage(bodo.page, title).open(experiment.id);
      expect(await page.state()).toBe('Pågår');
      await bodo.checkA11y('bodo-experiment-running');
      await page.conclude(
        'Hypotesen bekreftet',
        {
          believed: 'Vi trodde sengealarm kunne erstatte runder hver time',
          observed: 'Rundene gikk ned fra 40 til 22 i uka, ingen fall uten varsel',
          learned: 'Alarmen gir ro, men må testes hver kveld',
          nextStep: 'Skalere opp',
        },
        () => bodo.checkA11y('bodo-conclude-dialog'),
      );
      expect(await page.state()).toBe('Avsluttet');
      await bodo.checkA11y('bodo-experiment-concluded');

      const form = await page.writeLesson();
      expect(await form.prefilled()).toEqual({ title, summary: 'Alarmen gir ro, men må testes hver kveld' });
      await form.fill({
        'Hva virket': 'Alarm på sengen for dem som faller om natta',
        'Hva virket ikke': 'Alarm for alle, uansett behov',
        'Råd til den som prøver neste gang': 'Test alarmene hver kveld før nattevakten går',
        Forutsetninger: 'Hjemmetjeneste med nattevakt, fem brukere',
        Emneord: 'alarm, natt',
      });
      await bodo.checkA11y('bodo-lesson-form');
      lessonId = await form.saveDraft(title);
      expect(await new LessonPage(bodo.page, title).tags()).toEqual(['Utkast', 'Hypotesen bekreftet']);
      await bodo.checkA11y('bodo-lesson-draft');
    });
  });

  it('Bodø’s innovation lead publishes it to Innovasjonsnettverk Nord', async () => {
    await timed('bodo-publish', async () => {
      await bodo.switchTo(bodoLead);
      const page = await new LessonPage(bodo.page, title).open(lessonId);
      await bodo.checkA11y('bodo-lesson-lead');
      await page.publishToNetwork(NETWORK, (state) => bodo.checkA11y(`bodo-${state}`));
      expect(await page.tags()).toEqual(['Publisert', 'Hypotesen bekreftet']);
      expect(await page.fact('Nettverk')).toBe(NETWORK);
      await bodo.checkA11y('bodo-lesson-published');
      const lesson = ok(
        await bodoLead.gql(`query($id: ID!) { lesson(id: $id) { state reach networks { name } } }`, {
          id: lessonId,
        }),
      ).lesson;
      expect(lesson).toEqual({ state: 'PUBLISHED', reach: 'NETWORK', networks: [{ name: NETWORK }] });
    });
  });

  it('Bodø’s owner keeps the lesson open; Kinn’s manager finds it by an inflected word and tries it; the owner’s badge rises live', async () => {
    // Bodø's owner is back at the desk, on the lesson's page, with no one having tried it yet.
    await bodo.switchTo(bodoOwner);
    const bodoPage = await new SpreadSection(bodo.page, title).open(lessonId);
    expect(await bodoPage.rollup()).toBe('Ingen har prøvd denne lærdommen ennå.');
    const badge = new NotificationsPage(bodo.page);
    unreadBefore = await badge.unreadCount();
    await bodo.checkA11y('bodo-lesson-owner-before');

    const kinnSearch = await timed('kinn-search', async () => {
      await new HomePage(kinn.page).open();
      const search = await new SearchPage(kinn.page).openFromHeader();
      await kinn.checkA11y('kinn-search-empty');
      // "sengealarmen" (definite form) finds "Sengealarm …".
      await search.search('sengealarmen');
      const hit = (await search.hits()).find((h) => h.title === title);
      expect(hit).toBeDefined();
      expect(hit!.href).toBe(`/laerdommer/${lessonId}`);
      expect(hit!.marked.some((m) => m.startsWith('sengealarm'))).toBe(true);
      await kinn.checkA11y('kinn-search-hits');
      return search;
    });
    await kinnSearch.openHit(title);
    const source = new SpreadSection(kinn.page, title);
    expect(await source.fact('Organisasjon')).toBe('Bodø kommune (1804)');
    expect(await source.rollup()).toBe('Ingen har prøvd denne lærdommen ennå.');
    await kinn.checkA11y('kinn-source-lesson');

    await source.openAdopt('Prøv dette hos oss');
    await kinn.checkA11y('kinn-adopt-dialog');
    await source.chooseUnit(KINN_UNIT);
    await kinn.checkA11y('kinn-adopt-dialog-unit');
    const adopted = Date.now();
    const path = await source.submitAdopt('Start forsøket');
    expect(path).toMatch(/^\/forsok\//);
    kinnExperimentId = path.split('/')[2];

    // On Bodø's owner's open page, without a reload: the badge says one more unread.
    await badge.waitForUnread(unreadBefore + 1);
    timings['adopt-to-bodo-badge'] = Date.now() - adopted;
    const risen = unreadBefore + 1;
    expect(await badge.badgeName()).toBe(risen === 1 ? '1 ulest varsel' : `${risen} uleste varsler`);
    await bodo.checkA11y('bodo-badge-risen');

    await expectVisible(
      kinn.page.getByTestId('source-lesson').getByRole('link', { name: title, exact: true }),
    );
    expect(await kinn.page.getByTestId('source-lesson').innerText()).toContain('fra Bodø kommune');
    await kinn.checkA11y('kinn-adopted-experiment');
    const e = ok(
      await kinnManager.gql(
        `query($id: ID!) { experiment(id: $id) { state unit { name } sourceLesson { id } hypothesis { baseline target } } }`,
        { id: kinnExperimentId },
      ),
    ).experiment;
    expect(e).toEqual({
      state: 'PLANNED',
      unit: { name: KINN_UNIT },
      sourceLesson: { id: lessonId },
      hypothesis: { baseline: null, target: 25 },
    });
  });

  it('Bodø’s owner reads in the centre that the lesson is being tried in Kinn', async () => {
    const centre = new NotificationsPage(bodo.page);
    await centre.openFromBadge();
    // Where it is tried is a public fact of the organisation; no person's name crosses.
    const expected = `Lærdommen din «${title}» blir prøvd ut i Kinn kommune.`;
    // Unread notices read "Ny" first (for assistive technology and the eye).
    expect((await centre.texts()).filter((t) => t.includes(expected))).toHaveLength(1);
    const item = centre.items.filter({ hasText: expected });
    expect(await item.getAttribute('data-unread')).not.toBeNull();
    await bodo.checkA11y('bodo-notification-centre');
    const notices = ok(await bodoOwner.gql('{ notifications { kind subjectId readAt } }')).notifications;
    expect(notices).toContainEqual({ kind: 'lesson.adopted', subjectId: lessonId, readAt: null });
    // No person's name from Kinn crosses the border in the notice.
    expect(await item.innerText()).not.toContain('Svein Sunde');
  });

  it('Kinn runs it with its own baseline, concludes it, writes its lesson, and Kinn’s lead shares it', async () => {
    await timed('kinn-run-and-conclude', async () => {
      const page = new ExperimentPage(kinn.page, title);
      await page.waitForLoaded();
      expect(await page.state()).toBe('Planlagt');
      // Night shifts change with it in Måløy: the union representatives are involved first.
      await page.editFrame({ baseline: '30', affectsEmployees: true }, () =>
        kinn.checkA11y('kinn-frame-dialog'),
      );
      await expectVisible(page.unionRequiredWarnings());
      await kinn.checkA11y('kinn-union-required');
      await page.recordUnionInvolvement({
        when: today,
        who: 'Hovudtillitsvald i Fagforbundet',
        whatWasSaid: 'Greitt når nattevakta får opplæring først',
      });
      await page.start();
      expect(await page.state()).toBe('Pågår');
      await kinn.checkA11y('kinn-experiment-running');
      await page.addMeasurement(today, '18', 'Talde av nattevakta');
      await kinn.checkA11y('kinn-measured');
      await page.conclude(
        'Hypotesen bekreftet',
        {
          believed: 'At alarmen kunne ta over dei fleste rundane',
          observed: 'Frå 30 til 18 rundar i veka',
          learned: 'Det held i Måløy òg, med opplæring først',
          nextStep: 'Skalere opp',
        },
        () => kinn.checkA11y('kinn-conclude-dialog'),
      );
      expect(await page.state()).toBe('Avsluttet');
      await kinn.checkA11y('kinn-experiment-concluded');
    });

    await timed('kinn-lesson', async () => {
      const form = await new ExperimentPage(kinn.page, title).writeLesson();
      await form.fill({
        Tittel: kinnTitle,
        'Hva virket': 'Opplæring av nattevakta før start',
        'Råd til den som prøver neste gang': 'Ta med tillitsvalde tidleg',
      });
      await kinn.checkA11y('kinn-lesson-form');
      kinnLessonId = await form.saveDraft(kinnTitle);
      await kinn.checkA11y('kinn-lesson-draft');

      await kinn.switchTo(kinnLead);
      const lesson = await new LessonPage(kinn.page, kinnTitle).open(kinnLessonId);
      await lesson.publishToNetwork(NETWORK, (state) => kinn.checkA11y(`kinn-${state}`));
      expect(await lesson.tags()).toEqual(['Publisert', 'Hypotesen bekreftet']);
      await kinn.checkA11y('kinn-lesson-published');
    });
  });

  it('Bodø’s lesson shows Kinn’s replication: its result and its change against Kinn’s own baseline', async () => {
    const page = await new SpreadSection(bodo.page, title).open(lessonId);
    expect(await page.rollup()).toBe('Prøvd i 1 kommune: 1 støttet.');
    const rows = await page.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      state: 'Avsluttet',
      metric: 'fysiske kveldsbesøk per uke',
      baseline: '30',
      latest: '18',
      target: '25',
    });
    expect(rows[0].where).toMatch(/^Kinn kommune/);
    // Kinn's unit is Kinn's own business.
    expect(rows[0].where).not.toContain(KINN_UNIT);
    expect(rows[0].result).toContain('Hypotesen bekreftet');
    expect(rows[0].result).toContain(kinnTitle);
    expect(rows[0].change).toMatch(/^[−-]12$/);
    await bodo.checkA11y('bodo-lesson-replicated');
    await page.table.getByRole('link', { name: kinnTitle, exact: true }).click();
    await new LessonPage(bodo.page, kinnTitle).waitForLoaded();
    await bodo.checkA11y('bodo-reads-kinn-lesson');

    const api = await spreadOf(bodoOwner, lessonId);
    expect(api.rollup).toMatchObject({ adoptions: 1, organisations: 1, supported: 1, inProgress: 0 });
    expect(api.adoptions).toEqual([
      expect.objectContaining({
        organisationName: 'Kinn kommune',
        unitName: null,
        state: 'CONCLUDED',
        resultShared: true,
        result: 'SUPPORTED',
        lesson: { id: kinnLessonId, title: kinnTitle },
        measured: expect.objectContaining({ baseline: 30, latest: 18, target: 25, change: -12 }),
      }),
    ]);
    // Every page and dialog state visited was checked with axe (each check throws on a violation).
    expect([...bodo.checked, ...kinn.checked].filter((c) => c.violations > 0)).toEqual([]);
  });
});
