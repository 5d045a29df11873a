import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { LessonPage } from './LessonPages.js';

/** A replication as the lineage table shows it, cell by cell. */
export interface ReplicationRow {
  where: string;
  state: string;
  result: string;
  metric: string;
  baseline: string;
  latest: string;
  change: string;
  target: string;
}

/** The lesson page's spread section: the roll-up sentence, "Prøv dette hos oss" and its dialog, the lineage table. */
export class SpreadSection extends LessonPage {
  constructor(page: Page, title: string) {
    super(page, title);
  }

  get region(): Locator {
    return this.section('Spredning');
  }

  async rollup(): Promise<string> {
    await expectVisible(
      this.region.getByTestId('rollup').or(this.region.getByText('Ingen har prøvd', { exact: false })),
    );
    return (await this.region.locator('p').first().innerText()).trim();
  }

  get table(): Locator {
    return this.main.getByRole('region', {
      name: 'Gjenbruk av lærdommen (tabell som kan rulles sideveis)',
      exact: true,
    });
  }

  async rows(): Promise<ReplicationRow[]> {
    await expectVisible(this.table);
    const rows = await this.table.locator('tbody tr').all();
    const out: ReplicationRow[] = [];
    for (const r of rows) {
      const c = (await r.locator('td').allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' '));
      out.push({
        where: c[0],
        state: c[1],
        result: c[2],
        metric: c[3],
        baseline: c[4],
        latest: c[5],
        change: c[6],
        target: c[7],
      });
    }
    return out;
  }

  /** Opens the dialog from "Prøv dette hos oss" (a manager) or "Foreslå som idé" (an employee). */
  async openAdopt(button: 'Prøv dette hos oss' | 'Foreslå som idé'): Promise<Locator> {
    await this.region.getByRole('button', { name: button, exact: true }).click();
    await expectVisible(this.dialog);
    await settle(this.page);
    return this.dialog;
  }

  async chooseUnit(name: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Enhet', exact: true }).selectOption({ label: name });
  }

  /** Submits and waits for the new experiment's (or idea's) page; returns its path. */
  async submitAdopt(button: 'Start forsøket' | 'Send inn ideen'): Promise<string> {
    await this.dialog.getByRole('button', { name: button, exact: true }).click();
    await this.page.waitForURL(/\/(forsok|ideer)\/[0-9a-f-]+$/);
    await settle(this.page);
    return new URL(this.page.url()).pathname;
  }
}
