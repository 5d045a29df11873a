/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession } from '../support/browser.js';
import { loginAs, ok, unique, type GraphqlClient } from '../support/graphql-client.js';
import { concludedExperiment } from '../support/lessons.js';
import { ExperimentPage } from './pages/ExperimentPage.js';
import { LessonFormPage, LessonPage, LessonsPage } from './pages/LessonPages.js';

/**
 * A lesson in the browser, across the border: Bodø's owner writes the lesson of a concluded
 * experiment from its page (pre-filled) → the innovation lead publishes it to the network
 * Innovasjonsnettverk Nord in the dialog → Nordland fylkeskommune (a member) reads it in its
 * library, the learning first → the lead withdraws it (reason, then confirmation) → gone for
 * the member. Axe on every page and dialog state; every result checked through the API.
 *
 * The experiment is concluded in the test (over the API) rather than taken from the demo:
 * the demo's concluded experiment may carry a demo lesson of its own.
 */
const OWNER = 'ansatt@bodo.demo';
const MANAGER = 'leder.hjemme@bodo.demo';
const LEAD = 'innovasjon@bodo.demo';
const MEMBER = 'innovasjon@nfk.demo';
const NETWORK = 'Innovasjonsnettverk Nord';

describe('a lesson in the browser', () => {
  const tag = unique();
  let owner: BrowserSession;
  let lead: BrowserSession;
  let member: BrowserSession;
  let ownerApi: GraphqlClient;
  let leadApi: GraphqlClient;
  let memberApi: GraphqlClient;
  let experiment: { id: string; title: string };
  let lessonId = '';
  const title = () => experiment.title;

  const lessonOf = async (c: GraphqlClient) =>
    await c.gql(`query($id: ID!) { lesson(id: $id) { id state reach title whatWorked networks { name } } }`, {
      id: lessonId,
    });

  beforeAll(async () => {
    [[owner, lead, member], [ownerApi, leadApi, memberApi]] = await Promise.all([
      BrowserSession.launchTogether('lesson-owner', 'lesson-lead', 'lesson-member'),
      Promise.all([OWNER, LEAD, MEMBER].map((email) => loginAs(email))),
    ]);
    await Promise.all([
      owner.shareSessionOf(ownerApi),
      lead.shareSessionOf(leadApi),
      member.shareSessionOf(memberApi),
    ]);
    experiment = await concludedExperiment(await loginAs(MANAGER), {
      title: `Kveldsbesøk på video ${tag}`,
      ownerEmail: OWNER,
    });
  });

  afterAll(async () => {
    await Promise.all([member?.close(), lead?.close(), owner?.close()]);
  });

  it('the owner writes the lesson from the experiment page, pre-filled, and saves a draft', async () => {
    const page = await new ExperimentPage(owner.page, title()).open(experiment.id);
    const section = page.section('Lærdom');
    await section.getByRole('link', { name: 'Skriv lærdom', exact: true }).waitFor();
    await owner.checkA11y('experiment-write-lesson');
    await section.getByRole('link', { name: 'Skriv lærdom', exact: true }).click();

    const form = new LessonFormPage(owner.page);
    await form.waitForLoaded();
    expect(await form.prefilled()).toEqual({
      title: title(),
      summary: 'Det er samtalen ved døren som teller, ikke tilsynet',
    });
    await owner.checkA11y('lesson-form');
    await form.fill({
      'Hva virket': 'Videosamtaler for dem som ønsket det selv',
      'Hva virket ikke': 'Å erstatte kveldsbesøket helt',
      'Råd til den som prøver neste gang': 'Spør brukerne først, og start med fem',
      Forutsetninger: 'Mellomstor kommune, hjemmetjenesten sentrum, to ansatte',
      Emneord: 'video, hjemmetjenester',
    });
    // An empty title is refused in the form, with the message under the field.
    await form.field('Tittel').fill('');
    await form.main.getByRole('button', { name: 'Lagre utkast', exact: true }).click();
    await form.main
      .getByText('Tittel: Fyll ut feltet.', { exact: false })
      .or(form.main.locator('.ds-error-summary'))
      .first()
      .waitFor();
    await owner.checkA11y('lesson-form-error');
    await form.field('Tittel').fill(title());
    lessonId = await form.saveDraft(title());

    const lesson = new LessonPage(owner.page, title());
    await lesson.main.getByRole('status').getByText('Lærdommen er lagret.', { exact: true }).waitFor();
    expect(await lesson.tags()).toEqual(['Utkast', 'Hypotesen avkreftet']);
    expect(await lesson.fact('Delt med')).toBe('Ikke publisert ennå: bare dere som står bak den');
    // The learning comes first, the experiment behind it after.
    const headings = await lesson.sectionHeadings();
    expect(headings.indexOf('Hva vi lærte')).toBeLessThan(headings.indexOf('Forsøket bak lærdommen'));
    // The owner may not publish (only a manager or the lead).
    expect(await lesson.button('Publiser').count()).toBe(0);
    await owner.checkA11y('lesson-draft');
    // The owner names themselves as its contact: their own choice, and only theirs.
    await lesson.button('Oppgi meg som kontaktperson').click();
    await lesson.main.getByRole('status').getByText('Du står nå som kontaktperson for lærdommen.').waitFor();
    expect(await lesson.fact('Kontaktperson')).toBe('Aslak Ansatt');
    expect(await lesson.button('Ta navnet mitt av').count()).toBe(1);
    expect(ok(await lessonOf(ownerApi)).lesson).toMatchObject({
      state: 'DRAFT',
      whatWorked: 'Videosamtaler for dem som ønsket det selv',
    });
  });

  it('the innovation lead publishes it to the network, the dialog saying who will see it', async () => {
    const page = await new LessonPage(lead.page, title()).open(lessonId);
    await lead.checkA11y('lesson-draft-lead');
    const dialog = await page.openPublish();
    await lead.checkA11y('publish-dialog');
    await page.chooseReach('Nettverk');
    await dialog.getByRole('checkbox', { name: NETWORK, exact: true }).waitFor();
    // Without a network it is refused in the form.
    await dialog.getByRole('button', { name: 'Publiser', exact: true }).click();
    await dialog.locator('.ds-error-summary').waitFor();
    await lead.checkA11y('publish-dialog-network-error');
    await page.chooseNetwork(NETWORK);
    expect(await dialog.getByRole('status').innerText()).toContain('alle medlemmene i nettverkene du velger');
    await lead.checkA11y('publish-dialog-network');
    await page.submitPublish();
    expect(await page.tags()).toEqual(['Publisert', 'Hypotesen avkreftet']);
    expect(await page.fact('Nettverk')).toBe(NETWORK);
    await lead.checkA11y('lesson-published');
    expect(ok(await lessonOf(leadApi)).lesson).toMatchObject({
      state: 'PUBLISHED',
      reach: 'NETWORK',
      networks: [{ name: NETWORK }],
    });
  });

  it('a member organisation finds it in its library and reads it, the learning first, with no actions but following', async () => {
    const library = await new LessonsPage(member.page).open();
    expect(await library.titles()).toContain(title());
    await member.checkA11y('library-member');
    await library.filter('Resultat', 'Hypotesen avkreftet');
    expect(await library.titles()).toContain(title());
    await library.filter('Resultat', 'Hypotesen bekreftet');
    expect(await library.titles()).not.toContain(title());
    await member.checkA11y('library-member-filtered');

    const page = await new LessonPage(member.page, title()).open(lessonId);
    expect(await page.fact('Organisasjon')).toBe('Bodø kommune (1804)');
    expect(await page.main.getByText('Det virket ikke slik vi trodde', { exact: false }).count()).toBe(1);
    for (const action of ['Publiser', 'Trekk tilbake', 'Rediger', 'Oppgi meg som kontaktperson'])
      expect(await page.button(action).count()).toBe(0);
    // The one name across the border is the contact who named themselves; the manager's is nowhere.
    expect(await page.fact('Kontaktperson')).toBe('Aslak Ansatt');
    expect(await page.main.getByText('Aslak Ansatt').count()).toBe(1);
    expect(await page.main.getByText('Hanne Hjemmeleder').count()).toBe(0);
    // Following is open to whoever may read it, across the border too.
    await member.page.getByRole('button', { name: `Følg «${title()}»`, exact: true }).click();
    await member.page.getByRole('button', { name: `Slutt å følge «${title()}»`, exact: true }).waitFor();
    await member.checkA11y('lesson-member');

    // At 320 px nothing but a table region scrolls sideways, on the lesson and in the library.
    await member.page.setViewportSize({ width: 320, height: 800 });
    for (const [label, open] of [
      ['lesson-member-phone', () => page.reload()],
      ['library-member-phone', () => new LessonsPage(member.page).open().then(() => undefined)],
    ] as const) {
      await open();
      const { scrollWidth, culprits } = await page.overflow();
      expect({ label, scrollWidth, culprits }).toEqual({ label, scrollWidth: 320, culprits: [] });
      await member.checkA11y(label);
    }
    await member.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the lead opens it to everyone; then anyone signed in elsewhere reads it too', async () => {
    const page = await new LessonPage(lead.page, title()).open(lessonId);
    await page.button('Endre hvem som ser den').click();
    await page.dialog.getByRole('radio', { name: 'Alle (offentlig)' }).waitFor();
    await lead.checkA11y('change-reach-dialog');
    await page.chooseReach('Alle (offentlig)');
    expect(await page.dialog.getByRole('status').innerText()).toContain('også uten å logge inn');
    await page.dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.dialog.waitFor({ state: 'hidden' });
    await page.main
      .getByRole('status')
      .getByText('Hvem som ser lærdommen er endret.', { exact: true })
      .waitFor();
    expect(await page.fact('Delt med')).toBe('Alle (offentlig)');
    await lead.checkA11y('lesson-public');
    const outsider = await loginAs('ansatt@bergen.demo');
    expect(ok(await lessonOf(outsider)).lesson).toMatchObject({ reach: 'PUBLIC', title: title() });
  });

  it('the lead withdraws it with a reason and a confirmation; the member no longer finds it', async () => {
    const page = await new LessonPage(lead.page, title()).open(lessonId);
    await page.openWithdraw();
    await lead.checkA11y('withdraw-dialog');
    await page.giveWithdrawReason('Tallene ble feilregistrert i oktober');
    await lead.checkA11y('withdraw-dialog-confirm');
    await page.confirmWithdraw();
    expect(await page.tags()).toEqual(['Trukket tilbake', 'Hypotesen avkreftet']);
    await lead.checkA11y('lesson-withdrawn');
    expect((await lessonOf(memberApi)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await member.page.goto(`/laerdommer/${lessonId}`);
    await member.page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
    await member.checkA11y('lesson-member-withdrawn');
  });
});
