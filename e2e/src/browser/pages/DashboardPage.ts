import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { eventually, expectVisible, settle } from '../../support/browser.js';

/** Portefølje: the scope and filter form, the figures with their table toggles and CSV, the views. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Utvalg og filtre for porteføljen' });
  }

  select(label: string): Locator {
    return this.filters.getByRole('combobox', { name: label });
  }

  /** The polite line that says what is shown. */
  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Viser / });
  }

  /** A figure's section, by its visible title. */
  figure(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  tableToggle(title: string): Locator {
    return this.figure(title).getByRole('button', { name: `Vis som tabell: ${title}` });
  }

  csvButton(title: string): Locator {
    return this.figure(title).getByRole('button', { name: `Last ned CSV: ${title}` });
  }

  /** The figure's table (its caption is the figure's title). */
  table(title: string): Locator {
    return this.page.getByRole('table', { name: title, exact: true });
  }

  /** The table's body rows as text cells (the row header first). */
  async rows(title: string): Promise<string[][]> {
    const table = this.table(title);
    await expectVisible(table);
    return table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from((tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (c) =>
            (c.textContent ?? '').trim(),
          ),
        ),
      );
  }

  /** Clicks the figure's CSV button and returns the file's name and text. */
  async downloadCsv(title: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.csvButton(title).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  view(name: 'Oversikt' | 'Rapport for utskrift' | 'Innovasjonsbarometer'): Locator {
    return this.page
      .getByRole('navigation', { name: 'Visninger av porteføljen' })
      .getByRole('link', { name });
  }

  async param(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** Waits until the status line names `scope` and the figures have loaded. */
  async waitFor(scope: string): Promise<void> {
    await eventually(async () => {
      const text = (await this.status.textContent()) ?? '';
      if (!text.startsWith(`Viser ${scope}`)) throw new Error(`the dashboard says "${text}"`);
    });
    await settle(this.page);
  }
}
