import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

export interface NewChallenge {
  /** "Utfordring for": the organisation or a network, when there is a choice (else the dialog names the one). */
  target?: string;
  title: string;
  need: string;
  concerns: string;
  /** YYYY-MM-DD */
  deadline: string;
}

/** /utfordringer: the open challenges, and "Legg ut en utfordring" for leads and coordinators. */
export class ChallengesPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/utfordringer');
    await this.waitForHeading('Utfordringer');
    return this;
  }

  get postButton(): Locator {
    return this.main.getByRole('button', { name: 'Legg ut en utfordring', exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Ny utfordring', exact: true });
  }

  /** Titles of the open challenges listed. */
  async titles(): Promise<string[]> {
    const region = this.main.getByRole('region', { name: 'Åpne utfordringer', exact: true });
    return (await region.getByRole('heading', { level: 3 }).allInnerTexts()).map((s) => s.trim());
  }

  async openPostDialog(): Promise<Locator> {
    await this.postButton.click();
    await expectVisible(this.dialog);
    return this.dialog;
  }

  /** Fills the open dialog and posts; waits for the new challenge's page. */
  async post(c: NewChallenge): Promise<void> {
    const d = this.dialog;
    const choice = d.getByLabel('Utfordring for', { exact: true });
    if (c.target && (await choice.count())) await choice.selectOption({ label: c.target });
    else if (c.target)
      await expectVisible(d.getByText(`Utfordringen legges ut for ${c.target}.`, { exact: true }));
    await d.getByLabel('Tittel', { exact: true }).fill(c.title);
    await d.getByLabel('Behovet', { exact: true }).fill(c.need);
    await d.getByLabel('Hvem gjelder det?', { exact: true }).fill(c.concerns);
    await d.getByLabel('Frist for idéer', { exact: true }).fill(c.deadline);
    await d.getByRole('button', { name: 'Legg ut', exact: true }).click();
    await this.waitForHeading(c.title);
  }
}

/** /utfordringer/:id: the need, our ideas, the other members as counts, and the lessons. */
export class ChallengePage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  region(name: 'Behovet' | 'Idéer fra oss' | 'I de andre medlemmene' | 'Lærdommer som kom av den'): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  async ourIdeas(): Promise<string[]> {
    return (await this.region('Idéer fra oss').getByRole('link').allInnerTexts()).map((s) => s.trim());
  }

  /** "Bodø kommune: 1 idé, 0 forsøk (0 pågår), 0 lærdommer", one line per other member. */
  async elsewhere(): Promise<string[]> {
    return (await this.region('I de andre medlemmene').getByRole('listitem').allInnerTexts()).map((s) =>
      s.trim(),
    );
  }

  get answerLink(): Locator {
    return this.main.getByRole('link', { name: 'Svar med en idé', exact: true });
  }

  async answer(): Promise<void> {
    await this.answerLink.click();
    await settle(this.page);
  }
}
