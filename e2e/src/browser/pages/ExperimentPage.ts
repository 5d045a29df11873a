import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { LessonFormPage } from './LessonPages.js';
import { Shell } from './Shell.js';
import { readTimeline, type TimelineEntry } from './Timeline.js';

export type Result = 'Hypotesen bekreftet' | 'Hypotesen avkreftet' | 'Uavklart';
export type NextStep = 'Skalere opp' | 'Justere og prøve igjen' | 'Stoppe' | 'Overlevere';
export type EntryKind = 'Observasjon' | 'Innsikt' | 'Tilbakeslag' | 'Beslutning' | 'Refleksjon';

/** "Endre hypotesen og rammene": the fields to change (the rest are left as they are). */
export interface Frame {
  title?: string;
  change?: string;
  targetGroup?: string;
  expectedEffect?: string;
  metric?: string;
  baseline?: string;
  target?: string;
  /** YYYY-MM-DD */
  byDate?: string;
  acceptableLoss?: string;
  hours?: string;
  nok?: string;
  affectsEmployees?: boolean;
}

const FRAME_LABELS: Record<Exclude<keyof Frame, 'affectsEmployees'>, string> = {
  title: 'Tittel',
  change: 'Endringen vi gjør',
  targetGroup: 'Målgruppen',
  expectedEffect: 'Forventet effekt',
  metric: 'Måleindikator',
  baseline: 'Nullpunktsmåling',
  target: 'Målverdi',
  byDate: 'Innen (dato)',
  acceptableLoss: 'Akseptabelt tap',
  hours: 'Timer satt av',
  nok: 'Kroner satt av',
};

export interface UnionInvolvement {
  /** YYYY-MM-DD */
  when: string;
  who: string;
  whatWasSaid: string;
}

export interface Partner {
  name: string;
  /** As the select shows it ("Frivillig sektor" …). */
  kind: string;
  role: string;
}

export interface LogEntry {
  kind: EntryKind;
  /** The reflection prompt answered, as the list shows it. */
  prompt?: string;
  /** YYYY-MM-DD (today when not given) */
  date?: string;
  text: string;
}

export interface ShownEntry {
  /** "{kind} – {date}" */
  heading: string;
  writtenBy: string;
  prompt: string | null;
  text: string;
}

export interface LearningCard {
  believed: string;
  observed: string;
  learned: string;
  nextStep: NextStep;
}

export interface ShownLearningCard {
  /** "Hypotesen avkreftet", "Avbrutt" … */
  result: string | null;
  believed: string;
  observed: string;
  learned: string;
  nextStep: string;
  /** What the card says about the outcome (the method's success, or sharing the lesson). */
  verdict: string;
}

/** /forsok/:id: hypothesis and frame, team, union involvement, measurements, learning log, learning card. */
export class ExperimentPage extends Shell {
  constructor(
    page: Page,
    readonly title: string,
  ) {
    super(page);
  }

  async open(id: string): Promise<this> {
    await this.visit(`/forsok/${id}`);
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading(this.title);
  }

  /** The id in the address. */
  id(): string {
    const match = new URL(this.page.url()).pathname.match(/^\/forsok\/([^/]+)$/);
    if (!match) throw new Error(`Not on an experiment page: ${this.page.url()}`);
    return match[1];
  }

  /** The state tag next to the heading ("Planlagt", "Pågår", "Avsluttet" …). */
  async state(): Promise<string> {
    return (await this.main.locator('.lk-actions .ds-tag').first().innerText()).trim();
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  section(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** Waits for a confirmation in one of the page's status regions. */
  private async confirmed(message: string): Promise<void> {
    await expectVisible(this.main.getByRole('status').getByText(message, { exact: true }));
    await settle(this.page);
  }

  /**
   * Waits until focus has moved to what the form added (its DOM id starts `${kind}-`): the
   * page shows it from the mutation's answer, and the form hands focus to it.
   */
  private async focusMovesTo(kind: string): Promise<void> {
    await this.page.waitForFunction(
      `document.activeElement?.id?.startsWith(${JSON.stringify(`${kind}-`)}) ?? false`,
      undefined,
      { timeout: 5_000 },
    );
  }

  /**
   * Runs `work` and counts the `Experiment` queries the page sent meanwhile: a change that
   * answers with what it changed needs none.
   */
  async experimentQueriesDuring(work: () => Promise<void>): Promise<number> {
    let count = 0;
    const onRequest = (request: { method(): string; url(): string; postData(): string | null }) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      if (/"operationName"\s*:\s*"Experiment"/.test(request.postData() ?? '')) count += 1;
    };
    this.page.on('request', onRequest);
    try {
      await work();
    } finally {
      this.page.off('request', onRequest);
    }
    return count;
  }

  /**
   * Waits until `dialog` has opened and its opening animation has ended: when it ends, the
   * dialog moves focus back to its first field, which would take over typing begun earlier.
   */
  private async dialogReady(dialog: Locator): Promise<void> {
    await expectVisible(dialog);
    await settle(this.page);
  }

  /**
   * Opens an entry form that waits behind its button (aria-expanded) and waits until it shows;
   * a form already open stays open.
   */
  async openForm(section: string, toggle: string): Promise<void> {
    const button = this.section(section).getByRole('button', { name: toggle, exact: true }).first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expectVisible(this.section(section).getByRole('form'));
    await settle(this.page);
  }

  // ── Hypothesis and frame ──────────────────────────────────────────────────

  /** The hypothesis as the page says it: "Vi tror at …" and "Vi vet at vi har rett når …". */
  async hypothesis(): Promise<string[]> {
    return (await this.section('Hypotese').locator('.lk-hypothesis').allInnerTexts()).map((s) => s.trim());
  }

  /** A fact under "Rammer" ("Akseptabelt tap", "Ressurser", "Påvirker de ansattes arbeidsforhold"). */
  async frameFact(term: string): Promise<string> {
    return (await this.section('Hypotese').locator(`dt:text-is("${term}") + dd`).innerText()).trim();
  }

  get frameDialog(): Locator {
    return this.page.getByRole('dialog').filter({
      has: this.page.getByRole('heading', { name: 'Endre hypotesen og rammene', exact: true }),
    });
  }

  /**
   * Opens "Endre hypotesen og rammene", fills in `frame` and saves. `whileOpen` runs (axe, say)
   * with the dialog filled in, before saving.
   */
  async editFrame(frame: Frame, whileOpen?: () => Promise<void>): Promise<void> {
    await this.button('Endre hypotesen og rammene').click();
    const dialog = this.frameDialog;
    await this.dialogReady(dialog);
    for (const [key, label] of Object.entries(FRAME_LABELS) as Array<[keyof typeof FRAME_LABELS, string]>) {
      const value = frame[key];
      if (value !== undefined) await dialog.getByLabel(label, { exact: true }).fill(value);
    }
    if (frame.affectsEmployees !== undefined)
      await dialog
        .getByRole('checkbox', { name: 'Påvirker de ansattes arbeidsforhold', exact: true })
        .setChecked(frame.affectsEmployees);
    await settle(this.page);
    if (whileOpen) await whileOpen();
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.confirmed('Hypotesen og rammene er lagret.');
  }

  // ── Start ───────────────────────────────────────────────────────────────────

  get startButton(): Locator {
    return this.button('Start forsøket');
  }

  /** The warnings that say it cannot start before the union is involved (top of the page and in the section). */
  unionRequiredWarnings(): Locator {
    return this.main.getByText(
      'Forsøket påvirker de ansattes arbeidsforhold. Det kan ikke starte før involvering av tillitsvalgte er registrert.',
      { exact: true },
    );
  }

  async start(): Promise<void> {
    await this.startButton.click();
    await this.confirmed('Forsøket er startet. Husk å skrive i læringsloggen underveis.');
  }

  // ── Union involvement ─────────────────────────────────────────────────────

  get unionForm(): Locator {
    return this.section('Involvering av tillitsvalgte').getByRole('form', { name: 'Registrer involvering' });
  }

  async recordUnionInvolvement(involvement: UnionInvolvement): Promise<void> {
    await this.openForm('Involvering av tillitsvalgte', 'Registrer involvering');
    const form = this.unionForm;
    await form.getByLabel('Når', { exact: true }).fill(involvement.when);
    await form.getByLabel('Hvem var med', { exact: true }).fill(involvement.who);
    await form.getByLabel('Hva ble sagt', { exact: true }).fill(involvement.whatWasSaid);
    await form.getByRole('button', { name: 'Registrer involvering', exact: true }).click();
    await this.confirmed('Involveringen er registrert.');
    await this.focusMovesTo('union');
  }

  /** The involvements listed, newest first, as "who" and "what was said". */
  async unionInvolvements(): Promise<Array<{ who: string; whatWasSaid: string; meta: string }>> {
    const items = this.section('Involvering av tillitsvalgte').locator('ol > li');
    const out: Array<{ who: string; whatWasSaid: string; meta: string }> = [];
    for (const item of await items.all()) {
      const [meta, who, what] = (await item.locator('p').allInnerTexts()).map((s) => s.trim());
      out.push({
        meta,
        who: who.replace(/^Hvem var med:\s*/, ''),
        whatWasSaid: what.replace(/^Hva ble sagt:\s*/, ''),
      });
    }
    return out;
  }

  // ── Partners ──────────────────────────────────────────────────────────────

  get partnerForm(): Locator {
    return this.section('Team og samarbeidspartnere').getByRole('form', {
      name: 'Legg til samarbeidspartner',
    });
  }

  async addPartner(partner: Partner): Promise<void> {
    await this.openForm('Team og samarbeidspartnere', 'Legg til samarbeidspartner');
    const form = this.partnerForm;
    await form.getByLabel('Navn på samarbeidspartneren', { exact: true }).fill(partner.name);
    await form.getByLabel('Type samarbeidspartner', { exact: true }).selectOption({ label: partner.kind });
    await form.getByLabel('Rollen deres i forsøket', { exact: true }).fill(partner.role);
    await form.getByRole('button', { name: 'Legg til samarbeidspartner', exact: true }).click();
    await this.confirmed(`${partner.name} er lagt til.`);
    await this.focusMovesTo('partner');
  }

  /** The names of the partners listed. */
  async partners(): Promise<string[]> {
    const names = this.section('Team og samarbeidspartnere').locator('ul.lk-partners > li > strong');
    return (await names.allInnerTexts()).map((s) => s.trim());
  }

  // ── Measurements ──────────────────────────────────────────────────────────

  get measurementForm(): Locator {
    return this.section('Målinger').getByRole('form', { name: 'Legg til måling' });
  }

  /** Adds a reading and waits until the table has one more row. */
  async addMeasurement(date: string, value: string, note?: string): Promise<void> {
    const before = (await this.measurements()).length;
    await this.openForm('Målinger', 'Legg til måling');
    const form = this.measurementForm;
    await form.getByLabel('Dato', { exact: true }).fill(date);
    await form.getByLabel('Verdi', { exact: true }).fill(value);
    if (note) await form.getByLabel('Merknad', { exact: true }).fill(note);
    await form.getByRole('button', { name: 'Legg til måling', exact: true }).click();
    await this.confirmed('Målingen er lagt til.');
    await expectVisible(this.measurementTable.getByRole('row').nth(before + 1));
    await this.focusMovesTo('measurement');
  }

  /** The chart: one image, named by a sentence saying what it shows. */
  get chart(): Locator {
    return this.section('Målinger').getByRole('img');
  }

  /** The chart's accessible name. */
  async chartSummary(): Promise<string> {
    return (
      await this.chart.evaluate((svg) => {
        const doc = (
          svg as unknown as {
            ownerDocument: { getElementById(id: string): { textContent: string | null } | null };
          }
        ).ownerDocument;
        const ids = (
          (svg as unknown as { getAttribute(n: string): string | null }).getAttribute('aria-labelledby') ?? ''
        ).split(/\s+/);
        return ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
      })
    ).trim();
  }

  /** How many reading dots the chart draws. */
  chartPoints(): Promise<number> {
    return this.chart.locator('circle').count();
  }

  get measurementTable(): Locator {
    return this.section('Målinger').getByRole('table', { name: 'Målingene i tabellform', exact: true });
  }

  /** The table's rows as [Dato, Verdi, Merknad]. */
  async measurements(): Promise<string[][]> {
    if (!(await this.measurementTable.count())) return [];
    const rows: string[][] = [];
    for (const row of await this.measurementTable.getByRole('row').all()) {
      const cells = (await row.getByRole('cell').allInnerTexts()).map((s) => s.trim());
      if (cells.length) rows.push(cells);
    }
    return rows;
  }

  // ── Learning log ───────────────────────────────────────────────────────────

  get logForm(): Locator {
    return this.section('Læringslogg').getByRole('form', { name: 'Ny logginnføring' });
  }

  async addLogEntry(entry: LogEntry): Promise<void> {
    await this.openForm('Læringslogg', 'Ny logginnføring');
    const form = this.logForm;
    await form.getByLabel('Type innføring', { exact: true }).selectOption({ label: entry.kind });
    if (entry.prompt)
      await form
        .getByLabel('Refleksjonsspørsmål (valgfritt)', { exact: true })
        .selectOption({ label: entry.prompt });
    if (entry.date) await form.getByLabel('Dato', { exact: true }).fill(entry.date);
    await form.getByLabel('Tekst', { exact: true }).fill(entry.text);
    await form.getByRole('button', { name: 'Lagre innføringen', exact: true }).click();
    await this.confirmed('Innføringen er lagt til i læringsloggen.');
    await this.focusMovesTo('entry');
  }

  /** The entries listed, newest first. */
  async logEntries(): Promise<ShownEntry[]> {
    const out: ShownEntry[] = [];
    // The Markdown renderer loads lazily; until it has, the raw text is shown (aria-busy).
    const busy = this.section('Læringslogg').locator('.lk-markdown[aria-busy="true"]');
    for (let waited = 0; (await busy.count()) > 0; waited += 100) {
      if (waited > 10_000) throw new Error('The learning log’s Markdown did not render within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const article of await this.section('Læringslogg').getByRole('article').all()) {
      const prompt = article.locator('em');
      out.push({
        heading: (await article.getByRole('heading', { level: 4 }).innerText()).trim(),
        writtenBy: (await article.locator('p.lk-muted').first().innerText()).trim(),
        prompt: (await prompt.count()) ? (await prompt.first().innerText()).trim() : null,
        text: (await article.locator('.lk-markdown').first().innerText()).trim(),
      });
    }
    return out;
  }

  // ── Conclude ──────────────────────────────────────────────────────────────

  get endDialog(): Locator {
    return this.page.getByRole('dialog').filter({
      has: this.page.getByRole('heading', { name: `Avslutt «${this.title}»`, exact: true }),
    });
  }

  /**
   * "Avslutt forsøket" with a result and a learning card. `whileOpen` runs (axe, say) with
   * the dialog filled in, before it is sent.
   */
  async conclude(result: Result, card: LearningCard, whileOpen?: () => Promise<void>): Promise<void> {
    await this.button('Avslutt forsøket').click();
    const dialog = this.endDialog;
    await this.dialogReady(dialog);
    await dialog.getByRole('radio', { name: result, exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Vi trodde', exact: true }).fill(card.believed);
    await dialog.getByRole('textbox', { name: 'Vi observerte', exact: true }).fill(card.observed);
    await dialog.getByRole('textbox', { name: 'Vi lærte', exact: true }).fill(card.learned);
    await dialog.getByRole('radio', { name: card.nextStep, exact: true }).check();
    await settle(this.page);
    if (whileOpen) await whileOpen();
    await dialog.getByRole('button', { name: 'Avslutt forsøket', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.confirmed('Forsøket er avsluttet, og læringskortet er lagret.');
  }

  /** "Skriv lærdom" in the Lærdom section (once the experiment is over), to the pre-filled form. */
  async writeLesson(): Promise<LessonFormPage> {
    await this.section('Lærdom').getByRole('link', { name: 'Skriv lærdom', exact: true }).click();
    const form = new LessonFormPage(this.page);
    await form.waitForLoaded();
    return form;
  }

  get learningCardSection(): Locator {
    return this.section('Læringskort');
  }

  /** The learning card shown once the experiment is over. */
  async learningCard(): Promise<ShownLearningCard> {
    const card = this.learningCardSection;
    const fact = async (term: string) =>
      (await card.locator(`dt:text-is("${term}") + dd`).innerText()).trim();
    const paragraphs = (await card.locator('p').allInnerTexts()).map((s) => s.trim());
    const result = paragraphs.find((p) => p.startsWith('Resultat:'));
    return {
      result: result ? result.replace(/^Resultat:\s*/, '') : null,
      believed: await fact('Vi trodde'),
      observed: await fact('Vi observerte'),
      learned: await fact('Vi lærte'),
      nextStep: await fact('Derfor vil vi'),
      verdict: paragraphs[paragraphs.length - 1] ?? '',
    };
  }

  /** The Endringslogg, oldest first. */
  timelineEntries(): Promise<TimelineEntry[]> {
    return readTimeline(this.main);
  }
}
