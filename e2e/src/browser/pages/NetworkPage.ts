import type { Locator, Page } from 'playwright-core';
import { Shell } from './Shell.js';

export interface Member {
  organisation: string;
  status: string;
}

/** /nettverk/:id: about the network and its members. */
export class NetworkPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(id: string, name: string): Promise<this> {
    await this.visit(`/nettverk/${id}`);
    await this.waitForHeading(name);
    return this;
  }

  get membersTable(): Locator {
    return this.main.getByRole('table', { name: 'Medlemmer', exact: true });
  }

  /** The members table as organisation and status (in bokmål: Invitert, Medlem, Takket nei). */
  async members(): Promise<Member[]> {
    const members: Member[] = [];
    for (const row of await this.membersTable.getByRole('row').all()) {
      const cells = (await row.getByRole('cell').allInnerTexts()).map((s) => s.trim());
      if (cells.length >= 2) members.push({ organisation: cells[0], status: cells[1] });
    }
    return members;
  }

  region(
    name:
      | 'Festet av koordinator'
      | 'Nyeste lærdommer delt med nettverket'
      | 'Mest tatt i bruk'
      | 'Oppsummert'
      | 'Nettverkets utfordringer',
  ): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** Lesson titles (card headings) in a region. */
  async lessonTitles(
    region: 'Festet av koordinator' | 'Nyeste lærdommer delt med nettverket' | 'Mest tatt i bruk',
  ): Promise<string[]> {
    return (await this.region(region).getByRole('heading', { level: 3 }).allInnerTexts()).map((s) =>
      s.trim(),
    );
  }

  async challengeTitles(): Promise<string[]> {
    return (
      await this.region('Nettverkets utfordringer').getByRole('listitem').getByRole('link').allInnerTexts()
    ).map((s) => s.trim());
  }

  pinButton(title: string): Locator {
    return this.main.getByRole('button', { name: `Fest «${title}»`, exact: true });
  }

  unpinButton(title: string): Locator {
    return this.main.getByRole('button', { name: `Løsne «${title}»`, exact: true });
  }

  pinDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Fest «${title}»`, exact: true });
  }

  /** "Organisasjonen din": the status shown for the viewer's own organisation. */
  async myStatus(): Promise<string | null> {
    const dd = this.main.locator('dt:text-is("Organisasjonen din") + dd');
    return (await dd.count()) ? (await dd.innerText()).trim() : null;
  }
}
