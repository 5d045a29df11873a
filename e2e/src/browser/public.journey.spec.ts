import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, isFocused, pressUntilFocused, settle } from '../support/browser.js';
import {
  addAdoption,
  addLesson,
  addMunicipality,
  startPublicServer,
  type PublicServer,
} from '../support/public-server.js';
import { PublicLessonsPage } from './pages/PublicLessonPage.js';

/**
 * Someone with no account reads a public lesson: the list, the lesson with its learning card
 * and how its replications went, in bokmål, nynorsk and English, and the way to the open data
 * and to signing in; axe on every page. On a server of its own, so exactly these lessons exist.
 */
describe('a public lesson, read without signing in', () => {
  let s: PublicServer;
  let session: BrowserSession;
  let lessonId = '';
  let hiddenId = '';
  const TITLE = 'Nattilsyn med sensor';

  beforeAll(async () => {
    s = await startPublicServer('publicweb');
    const bodo = await addMunicipality(s.sql, 'Bodø kommune', '1804');
    const kinn = await addMunicipality(s.sql, 'Kinn kommune', '4602');
    lessonId = await addLesson(s.sql, bodo, { title: TITLE });
    await addLesson(s.sql, bodo, { title: 'Hjemmebesøk på video', result: 'NOT_SUPPORTED' });
    hiddenId = await addLesson(s.sql, bodo, { title: 'Bare i nettverket', reach: 'NETWORK' });
    await addAdoption(s.sql, kinn, lessonId, 'RUNNING');
    session = await BrowserSession.launch('public');
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await s?.stop();
  });

  it('lists the public lessons and shows one, learning first, with its replications', async () => {
    const { page } = session;
    const pub = await new PublicLessonsPage(page, s.url).openList();
    const titles = await pub.listedTitles();
    expect(titles.sort()).toEqual(['Hjemmebesøk på video', TITLE].sort());
    expect(await pub.mainMenu.count()).toBe(0); // no signed-in navigation
    await session.checkA11y('public-list');

    await pub.chooseLessonFromList(TITLE);
    expect(page.url()).toBe(`${s.url}/offentlig/laerdommer/${lessonId}`);
    expect(await page.title()).toBe(`${TITLE} – Lærekraft`);
    const card = await pub.section('Læringskort').innerText();
    expect(card).toContain('Sensorene må følges opp av en fast person');
    expect(await pub.section('Prøvd andre steder').innerText()).toMatch(
      /Prøvd i 1 annen organisasjon\.[\s\S]*1 pågår/,
    );
    expect(await pub.main.innerText()).not.toContain('Hemmeligsen');
    expect(await pub.signInLink.getAttribute('href')).toBe('/logg-inn');
    expect(await pub.openDataLink('CSV').getAttribute('href')).toBe('/open/lessons.csv');
    expect(await pub.openDataLink('JSON').getAttribute('href')).toBe('/open/lessons.json');
    await session.checkA11y('public-lesson');
  });

  it('reads in nynorsk and English with the language switch', async () => {
    const pub = await new PublicLessonsPage(session.page, s.url).openLesson(lessonId, TITLE);
    await pub.chooseLanguage('nn');
    expect(await pub.htmlLang()).toBe('nn');
    await pub.section('Prøvd andre stader').waitFor();
    expect(await pub.signInLink.innerText()).toBe('Logg inn');
    await session.checkA11y('public-lesson-nn');
    await pub.chooseLanguage('en');
    await pub.section('Tried elsewhere').waitFor();
    expect(await pub.section('Tried elsewhere').innerText()).toContain('Tried in 1 other organisation.');
    await session.checkA11y('public-lesson-en');
    await pub.openList('Lessons from the municipalities');
    await session.checkA11y('public-list-en');
    await pub.chooseLanguage('nb');
  });

  it('works by keyboard: from the top, Tab reaches a lesson and Enter opens it', async () => {
    const pub = await new PublicLessonsPage(session.page, s.url).openList();
    const link = pub.main.getByRole('link', { name: TITLE, exact: true });
    await pressUntilFocused(session.page, link);
    expect(await isFocused(link)).toBe(true);
    await session.page.keyboard.press('Enter');
    await pub.waitForHeading(TITLE);
    // A client-side move: focus goes to the new page's heading, so a screen reader announces it.
    expect(await isFocused(pub.heading())).toBe(true);
  });

  it('follows the sign-in link to the sign-in page', async () => {
    const pub = await new PublicLessonsPage(session.page, s.url).openLesson(lessonId, TITLE);
    await pub.signInLink.click();
    await settle(session.page);
    expect(new URL(session.page.url()).pathname).toBe('/logg-inn');
  });

  it('answers a lesson that is not public with a 404 page, not the app', async () => {
    const res = await session.page.goto(`${s.url}/offentlig/laerdommer/${hiddenId}`);
    expect(res?.status()).toBe(404);
    await session.page.getByRole('heading', { level: 1, name: 'Fant ikke lærdommen' }).waitFor();
    expect(await session.page.content()).not.toContain('Bare i nettverket');
    await session.checkA11y('public-not-found');
  });

  it('fits a 320 px phone', async () => {
    await session.page.setViewportSize({ width: 320, height: 700 });
    const pub = await new PublicLessonsPage(session.page, s.url).openLesson(lessonId, TITLE);
    const { scrollWidth, width, culprits } = await pub.overflow();
    expect({ scrollWidth, culprits }).toEqual({ scrollWidth: width, culprits: [] });
    await session.checkA11y('public-lesson-phone');
  });
});
