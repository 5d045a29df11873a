import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession } from '../support/browser.js';
import { GraphqlClient, loginAs, unique } from '../support/graphql-client.js';
import {
  experiment,
  experimentRefusal,
  idea,
  ideaRefusal,
  notifications,
  reviewQueue,
} from '../support/lk-api.js';
import { ExperimentPage, type LearningCard } from './pages/ExperimentPage.js';
import { IdeaFormPage, type Need, type Proposal, type Tags } from './pages/IdeaFormPage.js';
import { IdeaPage } from './pages/IdeaPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MyWorkPage } from './pages/MyWorkPage.js';
import { ReviewQueuePage } from './pages/ReviewQueuePage.js';
import { Shell } from './pages/Shell.js';

/**
 * The dare-to-try cycle in the browser, the same path as the API journey
 * (src/api/cycle.journey.spec.ts), each person in a browser context of their own: an employee drafts
 * and submits an idea through the steps form → the manager declines it from the review
 * queue with a reason → the employee reads the reason on Mitt arbeid and submits a new idea →
 * the manager approves → the employee frames the experiment, which may not start before
 * the union is involved → the union rep records the involvement → the employee starts,
 * measures, logs and concludes NOT_SUPPORTED with a learning card. An employee of another
 * municipality finds none of it. Every result is checked through the API, and axe runs on
 * every page and dialog state visited.
 *
 * The steps below are one journey (each `it` builds on the one before); the titles are
 * unique per run, so other tests adding ideas in Bodø do not matter.
 */

const EMPLOYEE = 'ansatt@bodo.demo';
const MANAGER = 'leder.helse@bodo.demo';
const UNION_REP = 'tillitsvalgt@bodo.demo';
const OUTSIDER = 'ansatt@bergen.demo';
const UNIT = 'Hjemmetjenesten sentrum';

const NOT_FOUND = 'Fant ikke siden';
const NOT_FOUND_BODY = 'Siden finnes ikke, eller du har ikke tilgang til den.';
const DARE_PROMPT = 'Hva turte vi å prøve denne uka som vi ikke ville gjort før?';

/** A calendar day `n` days before today, YYYY-MM-DD in local time (as the web app's date fields). */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A calendar day as the page writes it in bokmål ("21. november 2026"). */
const shownDay = (ymd: string) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(new Date(`${ymd}T12:00:00`));

const actions = (list: { timeline: Array<{ action: string }> }) => list.timeline.map((t) => t.action);

describe('the dare-to-try cycle in the browser', () => {
  const tag = unique();
  const first = `Hentebokser ${tag}`;
  const second = `Hentebokser, nytt lager ${tag}`;
  const reason = 'Lageret flytter i vår; send inn igjen med det nye lageret i tankene';
  const managerComment = 'Godt beskrevet behov. Vi prøver det ved det nye lageret.';
  const need: Omit<Need, 'title'> = {
    whose: 'Pårørende som henter hjelpemidler',
    observed: 'Kø ved lageret hver ettermiddag',
  };
  const proposal: Proposal = { proposal: 'Hentebokser med kode', benefit: 'Kortere ventetid' };
  const tags: Tags = {
    actions: ['Å våge', 'Å samhandle'],
    sdgs: ['3 God helse og livskvalitet', '11 Bærekraftige byer og lokalsamfunn'],
    theme: 'Helse og omsorg',
  };
  const card: LearningCard = {
    believed: 'Bokser gir færre avbrudd',
    observed: 'Avbruddene gikk bare litt ned',
    learned: 'Pårørende vil helst snakke med noen',
    nextStep: 'Justere og prøve igjen',
  };
  const union = {
    when: daysAgo(6),
    who: 'Tone Tillitsvalgt, Fagforbundet',
    whatWasSaid: 'Enige, så lenge ingen får utlevering som tilleggsoppgave',
  };
  const partner = { name: `Frivilligsentralen ${tag}`, kind: 'Frivillig sektor', role: 'Henter fra boksene' };
  const readings = [
    { date: daysAgo(5), value: 38 },
    { date: daysAgo(2), value: 35, note: 'Etter første uke med bokser' },
  ];
  const logDate = daysAgo(1);

  let employee: BrowserSession;
  let manager: BrowserSession;
  let rep: BrowserSession;
  let outsider: BrowserSession;
  let employeeApi: GraphqlClient;
  let managerApi: GraphqlClient;
  let repApi: GraphqlClient;
  let outsiderApi: GraphqlClient;
  const ids: { declined?: string; approved?: string; experiment?: string } = {};

  beforeAll(async () => {
    [[employee, manager, rep, outsider], [employeeApi, managerApi, repApi, outsiderApi]] = await Promise.all([
      BrowserSession.launchTogether('cycle-employee', 'cycle-manager', 'cycle-union-rep', 'cycle-outsider'),
      Promise.all([EMPLOYEE, MANAGER, UNION_REP, OUTSIDER].map((email) => loginAs(email))),
    ]);
    // The employee signs in through the sign-in page; the others' browsers share their API session.
    await Promise.all([
      manager.shareSessionOf(managerApi),
      rep.shareSessionOf(repApi),
      outsider.shareSessionOf(outsiderApi),
    ]);
  });

  afterAll(async () => {
    await Promise.all([outsider?.close(), rep?.close(), manager?.close(), employee?.close()]);
  });

  it('the employee drafts and submits through the steps; the manager declines it with a reason; the employee reads it on Mitt arbeid', async () => {
    // ── The employee writes the idea, saving a draft after the first step ──
    const { page } = employee;
    await (await new LoginPage(page).open()).signIn(EMPLOYEE);
    const myWork = new MyWorkPage(page);
    await myWork.waitForLoaded();
    await myWork.newIdeaLink.click();
    const form = new IdeaFormPage(page);
    await form.waitForLoaded();

    await form.fillNeed({ title: first, ...need });
    await employee.checkA11y('idea-form-need');
    const id = await form.saveDraft();
    ids.declined = id;
    expect(await idea(employeeApi, id)).toMatchObject({
      state: 'DRAFT',
      title: first,
      needWhose: need.whose,
      needObserved: need.observed,
      proposal: '',
      unit: { name: UNIT },
    });
    // a draft is the author's alone
    expect(await ideaRefusal(managerApi, id)).toBe('NOT_FOUND');

    await form.next('Forslag');
    await form.fillProposal(proposal);
    await employee.checkA11y('idea-form-proposal');
    await form.next('Merking');
    await form.tag(tags);
    expect(await form.chosenUnit()).toBe(UNIT);
    await employee.checkA11y('idea-form-tags');
    await form.next('Se over og send inn');
    expect(await form.reviewFacts()).toEqual({
      Tittel: first,
      'Hvem har behovet?': need.whose,
      'Hvordan er behovet observert?': need.observed,
      'Hva foreslår du?': proposal.proposal,
      'Forventet gevinst for innbyggerne': proposal.benefit,
      Enhet: UNIT,
      'Skjul navnet mitt for kolleger': 'Nei',
    });
    await employee.checkA11y('idea-form-review');

    expect(await form.submit()).toBe(id);
    const mine = new IdeaPage(page, first);
    await mine.waitForLoaded();
    expect(await mine.state()).toBe('Sendt inn');
    expect(await mine.status()).toBe('Idéen er sendt inn. Lederen for enheten får den til vurdering.');
    expect(await mine.decisionButton('decline').count()).toBe(0);
    await employee.checkA11y('idea-submitted');
    const submitted = await idea(employeeApi, id);
    expect(submitted).toMatchObject({
      state: 'SUBMITTED',
      proposal: proposal.proposal,
      benefit: proposal.benefit,
      theme: 'HEALTH_AND_CARE',
      author: { name: 'Aslak Ansatt' },
    });
    expect([...submitted.actions].sort()).toEqual(['COLLABORATE', 'DARE']);
    expect([...submitted.sdgs].sort((a, b) => a - b)).toEqual([3, 11]);
    expect(actions(submitted)).toEqual(['idea.created', 'idea.edited', 'idea.submitted']);

    // ── The manager finds it in the review queue and declines it ──
    const lead = manager;
    const queue = await new ReviewQueuePage(lead.page).open();
    expect(await queue.find(first)).toEqual({
      title: first,
      meta: `${UNIT} · Aslak Ansatt`,
      waiting: expect.stringMatching(/^Sendt inn i dag \(sendt inn /),
    });
    expect((await reviewQueue(managerApi)).find((q) => q.id === id)).toMatchObject({ waitingDays: 0 });
    await lead.checkA11y('review-queue');
    await queue.openIdea(first);
    const deciding = new IdeaPage(lead.page, first);
    await deciding.waitForLoaded();
    expect(await deciding.decisionButton('approve').count()).toBe(1);
    await lead.checkA11y('idea-to-decide');

    // a one-word reason is refused, with the message under the field
    await deciding.openDecision('decline');
    await deciding.giveReason('decline', 'Nei');
    const tooShort = 'Skriv en begrunnelse noen kan lære av: minst 12 tegn og mer enn ett ord.';
    expect(await deciding.errorUnder(deciding.reasonField)).toBe(tooShort);
    expect(await deciding.dialogErrors()).toEqual([`Begrunnelse: ${tooShort}`]);
    expect(await deciding.dialog.isVisible()).toBe(true);
    await lead.checkA11y('decline-dialog-too-short');
    expect((await idea(managerApi, id)).state).toBe('SUBMITTED');

    await deciding.giveReason('decline', reason);
    await deciding.confirmed('decline');
    expect(await deciding.state()).toBe('Avslått');
    expect(await deciding.decisionReason()).toBe(reason);
    expect((await deciding.timelineEntries()).at(-1)).toEqual({
      actor: 'Lars Leder',
      action: 'avslo',
      stateChange: 'Fra «Sendt inn» til «Avslått».',
      reason,
    });
    expect(await deciding.decisionButton('approve').count()).toBe(0);
    await lead.checkA11y('idea-declined');
    const declined = await idea(managerApi, id);
    expect(declined).toMatchObject({
      state: 'DECLINED',
      decisionReason: reason,
      decidedBy: { name: 'Lars Leder' },
    });
    // the draft's history is the author's alone
    expect(actions(declined)).toEqual(['idea.submitted', 'idea.declined']);
    expect(declined.timeline[1]).toMatchObject({ reason, actor: { name: 'Lars Leder' } });
    expect((await reviewQueue(managerApi)).map((q) => q.id)).not.toContain(id);

    // ── The employee is told, with the reason, on Mitt arbeid ──
    await mine.goTo('home');
    await myWork.waitForLoaded();
    expect(await myWork.readNotification(first, 'er avslått.')).toEqual({
      text: `«${first}» er avslått.`,
      reason,
      unread: true,
    });
    await employee.checkA11y('my-work-declined');
    await myWork.markRead(first);
    expect((await myWork.readNotification(first, 'er avslått.')).unread).toBe(false);
    expect((await notifications(employeeApi)).filter((n) => n.subjectId === id)).toEqual([
      {
        kind: 'idea.declined',
        subjectId: id,
        title: first,
        reason,
        experimentId: null,
        readAt: expect.any(String),
      },
    ]);
  });

  it('the employee submits a new idea; the manager approves it, which creates a planned experiment', async () => {
    const { page } = employee;
    const myWork = new MyWorkPage(page);
    await myWork.newIdeaLink.click();
    const form = new IdeaFormPage(page);
    await form.waitForLoaded();
    await form.fillNeed({ title: second, ...need });
    await form.next('Forslag');
    await form.fillProposal(proposal);
    await form.next('Merking');
    await form.tag(tags);
    await form.next('Se over og send inn');
    const id = await form.submit();
    ids.approved = id;
    expect(id).not.toBe(ids.declined);
    const mine = new IdeaPage(page, second);
    await mine.waitForLoaded();
    expect(await mine.state()).toBe('Sendt inn');
    expect(actions(await idea(employeeApi, id))).toEqual(['idea.created', 'idea.submitted']);

    const lead = manager;
    const queue = await new ReviewQueuePage(lead.page).open();
    expect(await queue.titles()).toContain(second);
    expect(await queue.titles()).not.toContain(first);
    await queue.openIdea(second);
    const deciding = new IdeaPage(lead.page, second);
    await deciding.waitForLoaded();
    // the manager backs it and says why before deciding
    expect(await deciding.back()).toBe(true);
    await deciding.comment(managerComment);
    expect(await deciding.comments()).toEqual([managerComment]);
    // the owner stays the author (the select's default)
    await deciding.approve(undefined, () => lead.checkA11y('approve-dialog'));
    expect(await deciding.state()).toBe('Godkjent for utprøving');
    expect(await deciding.experimentLink(second).count()).toBe(1);
    expect((await deciding.timelineEntries()).at(-1)).toMatchObject({
      actor: 'Lars Leder',
      action: 'godkjente for utprøving',
      stateChange: 'Fra «Sendt inn» til «Godkjent for utprøving».',
    });
    await lead.checkA11y('idea-approved');

    const approved = await idea(managerApi, id);
    expect(approved).toMatchObject({
      state: 'APPROVED',
      decidedBy: { name: 'Lars Leder' },
      experiment: { state: 'PLANNED', title: second },
    });
    expect(actions(approved)).toEqual(['idea.submitted', 'idea.approved']);
    expect(approved.backingCount).toBe(1);
    expect(approved.comments).toEqual([{ text: managerComment, author: { name: 'Lars Leder' } }]);
    ids.experiment = approved.experiment!.id;
    expect(await experiment(employeeApi, ids.experiment)).toMatchObject({
      state: 'PLANNED',
      title: second,
      owner: { name: 'Aslak Ansatt' },
      idea: { id },
      affectsEmployees: false,
    });
    expect((await reviewQueue(managerApi)).map((q) => q.id)).not.toContain(id);
  });

  it('the employee frames the experiment, which cannot start before the union rep records involvement', async () => {
    const id = ids.experiment!;
    const { page } = employee;
    const myWork = new MyWorkPage(page);
    await myWork.goTo('home');
    await myWork.waitForLoaded();
    expect(await myWork.readNotification(second, 'er godkjent for utprøving.')).toEqual({
      text: `«${second}» er godkjent for utprøving.`,
      reason: null,
      unread: true,
    });
    expect(await myWork.myExperiments()).toContain(second);
    expect(await myWork.goToExperiment(second, 'er godkjent for utprøving.')).toBe(id);

    const exp = new ExperimentPage(page, second);
    await exp.waitForLoaded();
    expect(await exp.state()).toBe('Planlagt');
    expect(await exp.startButton.count()).toBe(1);

    await exp.editFrame(
      {
        change: 'hentebokser',
        targetGroup: 'pårørende',
        expectedEffect: 'færre avbrudd',
        metric: 'avbrudd per uke',
        baseline: '40',
        target: '15',
        byDate: '2027-03-01',
        acceptableLoss: 'To bokser og noen timer',
        hours: '40',
        nok: '30000',
        affectsEmployees: true,
      },
      () => employee.checkA11y('frame-dialog'),
    );
    expect(await exp.hypothesis()).toEqual([
      'Vi tror at hentebokser for pårørende vil gi færre avbrudd.',
      `Vi vet at vi har rett når avbrudd per uke når 15 (fra 40) innen ${shownDay('2027-03-01')}.`,
    ]);
    expect(await exp.frameFact('Akseptabelt tap')).toBe('To bokser og noen timer');
    expect(await exp.frameFact('Påvirker de ansattes arbeidsforhold')).toBe('Ja');
    // it cannot start before the union is involved: no start button, and the page says why
    expect(await exp.startButton.count()).toBe(0);
    expect(await exp.unionRequiredWarnings().count()).toBe(2);
    await employee.checkA11y('experiment-planned-needs-union');
    const framed = await experiment(employeeApi, id);
    expect(framed).toMatchObject({
      state: 'PLANNED',
      affectsEmployees: true,
      acceptableLoss: 'To bokser og noen timer',
      hours: 40,
      nok: 30000,
      hypothesis: {
        change: 'hentebokser',
        targetGroup: 'pårørende',
        expectedEffect: 'færre avbrudd',
        metric: 'avbrudd per uke',
        baseline: 40,
        target: 15,
        byDate: '2027-03-01',
      },
      unionInvolvements: [],
    });
    expect(actions(framed)).toEqual(['experiment.created', 'experiment.edited']);

    // ── The union rep records the involvement in a browser of her own ──
    const repView = await new ExperimentPage(rep.page, second).open(id);
    expect(await repView.unionRequiredWarnings().count()).toBe(2);
    await rep.checkA11y('experiment-union-rep');
    expect(await repView.experimentQueriesDuring(() => repView.recordUnionInvolvement(union))).toBe(0);
    expect(await repView.unionInvolvements()).toEqual([
      {
        meta: `${shownDay(union.when)} · registrert av Tone Tillitsvalgt`,
        who: union.who,
        whatWasSaid: union.whatWasSaid,
      },
    ]);
    expect(await repView.unionRequiredWarnings().count()).toBe(0);
    const involved = await experiment(employeeApi, id);
    expect(involved.unionInvolvements).toEqual([
      {
        occurredOn: union.when,
        who: union.who,
        whatWasSaid: union.whatWasSaid,
        recordedBy: { name: 'Tone Tillitsvalgt' },
      },
    ]);
    expect(involved.state).toBe('PLANNED');
    expect(actions(involved)).toEqual([
      'experiment.created',
      'experiment.edited',
      'experiment.union.recorded',
    ]);
  });

  it('the employee starts it, measures and logs, and concludes NOT_SUPPORTED with a learning card', async () => {
    const id = ids.experiment!;
    const { page } = employee;
    const exp = new ExperimentPage(page, second);
    await exp.reload();
    await exp.waitForLoaded();
    expect(await exp.unionRequiredWarnings().count()).toBe(0);
    await exp.start();
    expect(await exp.state()).toBe('Pågår');
    expect(await exp.startButton.count()).toBe(0);
    expect((await experiment(employeeApi, id)).state).toBe('RUNNING');

    // ── A partner, and two readings: the page shows each from the change's own answer ──
    // (no refetch of the experiment), the timeline with it, and focus moves to what was added.
    const queries = await exp.experimentQueriesDuring(async () => {
      await exp.addPartner(partner);
      expect(await exp.partners()).toEqual([partner.name]);
      expect((await exp.timelineEntries()).at(-1)?.action).toBe('la til en samarbeidspartner');
      await exp.addMeasurement(readings[0].date, String(readings[0].value));
      expect(await exp.chartPoints()).toBe(1);
      expect((await exp.timelineEntries()).at(-1)?.action).toBe('registrerte en måling');
      await exp.addMeasurement(readings[1].date, String(readings[1].value), readings[1].note);
      expect(await exp.chartPoints()).toBe(2);
    });
    expect(queries).toBe(0);
    expect(await exp.chartSummary()).toBe(
      `Målinger av avbrudd per uke: 2 målinger fra ${shownDay(readings[0].date)} til ${shownDay(readings[1].date)}. ` +
        'Første verdi 38, siste verdi 35. Nullpunkt: 40. Målverdi: 15. Siste måling har ikke nådd målverdien ennå.',
    );
    expect(await exp.measurements()).toEqual([
      [shownDay(readings[0].date), '38', ''],
      [shownDay(readings[1].date), '35', readings[1].note],
    ]);

    // ── A learning-log entry answering a reflection prompt ──
    expect(
      await exp.experimentQueriesDuring(() =>
        exp.addLogEntry({
          kind: 'Refleksjon',
          prompt: DARE_PROMPT,
          date: logDate,
          text: 'Vi turte å slippe **kontrollen** ved lageret',
        }),
      ),
    ).toBe(0);
    expect(await exp.logEntries()).toEqual([
      {
        heading: `Refleksjon – ${shownDay(logDate)}`,
        writtenBy: 'Skrevet av Aslak Ansatt',
        prompt: DARE_PROMPT,
        text: 'Vi turte å slippe kontrollen ved lageret',
      },
    ]);
    // axe on the running page once it has readings, a chart, a table and an entry
    await employee.checkA11y('experiment-running');
    expect((await exp.timelineEntries()).at(-1)?.action).toBe('skrev i læringsloggen');
    const running = await experiment(employeeApi, id);
    expect(running).toMatchObject({
      state: 'RUNNING',
      viewerCan: { start: false, conclude: true, log: true },
      measurements: [
        { measuredOn: readings[0].date, value: 38, note: '' },
        { measuredOn: readings[1].date, value: 35, note: readings[1].note },
      ],
      learningEntries: [
        {
          kind: 'REFLECTION',
          promptId: 'dare1',
          text: 'Vi turte å slippe **kontrollen** ved lageret',
          entryDate: logDate,
          author: { name: 'Aslak Ansatt' },
        },
      ],
    });

    // ── Concluded: the hypothesis did not hold, and the card says what was learned ──
    await exp.conclude('Hypotesen avkreftet', card, () => employee.checkA11y('conclude-dialog'));
    expect(await exp.state()).toBe('Avsluttet');
    expect(await exp.learningCard()).toEqual({
      result: 'Hypotesen avkreftet',
      believed: card.believed,
      observed: card.observed,
      learned: card.learned,
      nextStep: 'Justere og prøve igjen',
      verdict:
        'Et forsøk som ikke bekreftet hypotesen, men som har et godt læringskort, er en suksess for metoden: ' +
        'nå vet vi noe vi ikke visste, og ingen andre trenger å prøve det samme i blinde.',
    });
    // a concluded experiment is closed
    expect(await exp.button('Avslutt forsøket').count()).toBe(0);
    expect(await exp.logForm.count()).toBe(0);
    expect(await exp.measurementForm.count()).toBe(0);
    expect((await exp.timelineEntries()).at(-1)).toMatchObject({
      actor: 'Aslak Ansatt',
      action: 'avsluttet forsøket',
      stateChange: 'Fra «Pågår» til «Avsluttet».',
    });
    await employee.checkA11y('experiment-concluded');

    const done = await experiment(employeeApi, id);
    expect(done).toMatchObject({
      state: 'CONCLUDED',
      result: 'NOT_SUPPORTED',
      learningCard: {
        believed: card.believed,
        observed: card.observed,
        learned: card.learned,
        nextStep: 'ADJUST_AND_RETRY',
      },
      viewerCan: { start: false, conclude: false, log: false },
    });
    expect(actions(done)).toEqual([
      'experiment.created',
      'experiment.edited',
      'experiment.union.recorded',
      'experiment.started',
      'experiment.partner.added',
      'experiment.measurement.added',
      'experiment.measurement.added',
      'experiment.log.added',
      'experiment.concluded',
    ]);
  });

  it('an employee of another municipality finds none of it', async () => {
    const shell = new Shell(outsider.page);
    // The two ideas' pages are the same "not found" state: axe checks it once.
    for (const [label, path, axe] of [
      ['experiment', `/forsok/${ids.experiment}`, true],
      ['declined-idea', `/ideer/${ids.declined}`, true],
      ['approved-idea', `/ideer/${ids.approved}`, false],
    ] as const) {
      await shell.visit(path);
      await shell.waitForHeading(NOT_FOUND);
      const text = await shell.main.innerText();
      expect(text).toContain(NOT_FOUND_BODY);
      expect(text).not.toContain(tag);
      expect(await outsider.page.title()).not.toContain(tag);
      if (axe) await outsider.checkA11y(`not-found-${label}`);
    }
    expect(await experimentRefusal(outsiderApi, ids.experiment!)).toBe('NOT_FOUND');
    expect(await ideaRefusal(outsiderApi, ids.declined!)).toBe('NOT_FOUND');
    expect(await ideaRefusal(outsiderApi, ids.approved!)).toBe('NOT_FOUND');
  });
});
