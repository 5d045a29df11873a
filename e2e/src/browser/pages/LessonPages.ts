import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

/** The lesson form (/forsok/:id/laerdom): write a draft, pre-filled from the experiment. */
export class LessonFormPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async waitForLoaded(heading = 'Skriv lærdom'): Promise<void> {
    await this.waitForHeading(heading);
  }

  field(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  /** What the form was pre-filled with. */
  async prefilled(): Promise<{ title: string; summary: string }> {
    return {
      title: await this.field('Tittel').inputValue(),
      summary: await this.field('Sammendrag').inputValue(),
    };
  }

  async fill(texts: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(texts)) await this.field(label).fill(value);
  }

  /** Saves the draft and waits for the lesson page; returns the lesson's id. */
  async saveDraft(title: string): Promise<string> {
    await this.main.getByRole('button', { name: 'Lagre utkast', exact: true }).click();
    await this.page.waitForURL(/\/laerdommer\/[0-9a-f-]+$/);
    const page = new LessonPage(this.page, title);
    await page.waitForLoaded();
    return page.id();
  }
}

/** A lesson's page (/laerdommer/:id): the learning first, the experiment behind it, the actions. */
export class LessonPage extends Shell {
  constructor(
    page: Page,
    readonly title: string,
  ) {
    super(page);
  }

  async open(id: string): Promise<this> {
    await this.visit(`/laerdommer/${id}`);
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading(this.title);
  }

  id(): string {
    const match = new URL(this.page.url()).pathname.match(/^\/laerdommer\/([^/]+)$/);
    if (!match) throw new Error(`Not on a lesson page: ${this.page.url()}`);
    return match[1];
  }

  /** The tags beside the heading: state and result ("Utkast", "Hypotesen avkreftet"). */
  async tags(): Promise<string[]> {
    return (await this.main.locator('.lk-actions').first().locator('.ds-tag').allInnerTexts()).map((t) =>
      t.trim(),
    );
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  section(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** The headings of the page's sections, in order (the learning comes first). */
  async sectionHeadings(): Promise<string[]> {
    return (await this.main.getByRole('heading', { level: 2 }).allInnerTexts()).map((t) => t.trim());
  }

  /** A fact of "Om lærdommen". */
  async fact(term: string): Promise<string> {
    const dt = this.section('Om lærdommen').locator('dt', { hasText: term }).first();
    return (await dt.locator('xpath=following-sibling::dd[1]').innerText()).trim();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openPublish(): Promise<Locator> {
    await this.button('Publiser').click();
    await expectVisible(this.dialog);
    await settle(this.page);
    return this.dialog;
  }

  async chooseReach(reach: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: reach }).check();
    await settle(this.page);
  }

  async chooseNetwork(name: string): Promise<void> {
    await this.dialog.getByRole('checkbox', { name, exact: true }).check();
  }

  async submitPublish(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Publiser', exact: true }).click();
    await this.dialog.waitFor({ state: 'hidden' });
    await this.confirmed('Lærdommen er publisert.');
  }

  /** Publishes the lesson to `network` through the dialog; `whileOpen` runs (axe, say) at each state. */
  async publishToNetwork(network: string, whileOpen?: (state: string) => Promise<void>): Promise<void> {
    await this.openPublish();
    await whileOpen?.('publish-dialog');
    await this.chooseReach('Nettverk');
    await this.chooseNetwork(network);
    await settle(this.page);
    await whileOpen?.('publish-dialog-network');
    await this.submitPublish();
  }

  async openWithdraw(): Promise<Locator> {
    await this.button('Trekk tilbake').click();
    await expectVisible(this.dialog);
    await settle(this.page);
    return this.dialog;
  }

  async giveWithdrawReason(reason: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Hvorfor den trekkes tilbake', exact: true }).fill(reason);
    await this.dialog.getByRole('button', { name: 'Gå videre', exact: true }).click();
    await expectVisible(this.dialog.getByText('Er du sikker?', { exact: false }));
    await settle(this.page);
  }

  async confirmWithdraw(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Ja, trekk den tilbake', exact: true }).click();
    await this.dialog.waitFor({ state: 'hidden' });
    await this.confirmed('Lærdommen er trukket tilbake.');
  }

  private async confirmed(message: string): Promise<void> {
    await expectVisible(this.main.getByRole('status').getByText(message, { exact: true }));
    await settle(this.page);
  }
}

/** The library (/laerdommer). */
export class LessonsPage extends Shell {
  async open(query = ''): Promise<this> {
    await this.visit(`/laerdommer${query}`);
    await this.waitForHeading('Lærdommer');
    return this;
  }

  /** The lesson titles listed, in order. */
  async titles(): Promise<string[]> {
    return (await this.main.getByRole('heading', { level: 2 }).allInnerTexts()).map((t) => t.trim());
  }

  async filter(label: string, option: string): Promise<void> {
    await this.main.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
    await settle(this.page);
  }
}
