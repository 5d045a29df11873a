import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession } from '../support/browser.js';

/** The axe check the journeys rely on really fails, and says where, when a page breaks WCAG. */
describe('checkA11y', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.launch('a11y-check');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('fails with rule, impact, element and help for each violation, and records the page', async () => {
    await session.page.setContent(
      `<!doctype html><html lang="nb"><head><title>Feil med vilje</title></head>
       <body><main><h1>Skjema</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="bilde">
       <input type="text" id="uten-etikett"></main></body></html>`,
    );
    const failure = await session.checkA11y('broken-on-purpose').then(
      () => null,
      (e: Error) => e.message,
    );
    expect(failure).toMatch(/axe found 2 WCAG 2\.1 AA violation\(s\) on "broken-on-purpose"/);
    expect(failure).toMatch(/- image-alt \(critical\): Images must have alternative text/);
    expect(failure).toMatch(/at #bilde/);
    expect(failure).toMatch(/- label \(critical\): Form elements must have labels/);
    expect(failure).toMatch(/at #uten-etikett/);
    expect(session.checked).toEqual([expect.objectContaining({ label: 'broken-on-purpose', violations: 2 })]);
  });
});
