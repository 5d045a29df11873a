import type { Locator, Page } from 'playwright-core';
import { eventually, expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';
import { readTimeline, type TimelineEntry } from './Timeline.js';

export type IdeaDecision = 'approve' | 'decline' | 'park';

/** The decisions' buttons on the page and in their dialog. */
const DECISIONS: Record<
  IdeaDecision,
  { open: string; confirm: string; heading: (t: string) => string; done: string }
> = {
  approve: {
    open: 'Godkjenn for utprøving',
    confirm: 'Bekreft godkjenning',
    heading: (t) => `Godkjenn «${t}» for utprøving`,
    done: 'Idéen er godkjent for utprøving, og et planlagt forsøk er opprettet.',
  },
  decline: {
    open: 'Avslå',
    confirm: 'Bekreft avslag',
    heading: (t) => `Avslå «${t}»`,
    done: 'Idéen er avslått.',
  },
  park: {
    open: 'Parker',
    confirm: 'Bekreft parkering',
    heading: (t) => `Parker «${t}»`,
    done: 'Idéen er parkert.',
  },
};

/** /ideer/:id: the idea, its decision, backing and comments, and its timeline (Endringslogg). */
export class IdeaPage extends Shell {
  constructor(
    page: Page,
    readonly title: string,
  ) {
    super(page);
  }

  async open(id: string): Promise<this> {
    await this.visit(`/ideer/${id}`);
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading(this.title);
  }

  /** The state tag next to the heading ("Sendt inn", "Avslått" …). */
  async state(): Promise<string> {
    return (await this.main.locator('.lk-actions .ds-tag').first().innerText()).trim();
  }

  /** The page's confirmation message ("Idéen er sendt inn. …", "Idéen er avslått." …), or '' when none. */
  async status(): Promise<string> {
    return (await this.main.getByRole('status').first().innerText()).trim();
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** The decision's button on the page (present only for a manager who may decide). */
  decisionButton(decision: IdeaDecision): Locator {
    return this.button(DECISIONS[decision].open);
  }

  /** The open decision dialog. */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the dialog of `decision` and waits for its heading. */
  async openDecision(decision: IdeaDecision): Promise<Locator> {
    await this.decisionButton(decision).click();
    await expectVisible(this.dialog.getByRole('heading', { name: DECISIONS[decision].heading(this.title) }));
    // the opening animation ends by focusing the first field: wait for it before typing
    await settle(this.page);
    return this.dialog;
  }

  /** The reason field of the open decline or park dialog. */
  get reasonField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Begrunnelse', exact: true });
  }

  /**
   * In the open decline or park dialog: writes `reason` and confirms. Leaves the dialog open
   * (so a refusal can be read); see `confirmed` for the outcome.
   */
  async giveReason(decision: 'decline' | 'park', reason: string): Promise<void> {
    await this.reasonField.fill(reason);
    await this.dialog.getByRole('button', { name: DECISIONS[decision].confirm, exact: true }).click();
    await settle(this.page);
  }

  /** The error summary's items in the open dialog (empty when there is none). */
  async dialogErrors(): Promise<string[]> {
    return (await this.dialog.locator('.ds-error-summary li').allInnerTexts()).map((s) => s.trim());
  }

  /** Waits until the decision's dialog has closed and the page confirms it. */
  async confirmed(decision: IdeaDecision): Promise<void> {
    await this.dialog.waitFor({ state: 'hidden' });
    await expectVisible(this.main.getByRole('status').getByText(DECISIONS[decision].done, { exact: true }));
    await settle(this.page);
  }

  /** Declines with `reason` (the dialog opened and closed here). */
  async decline(reason: string): Promise<void> {
    await this.openDecision('decline');
    await this.giveReason('decline', reason);
    await this.confirmed('decline');
  }

  /** Parks with `reason`. */
  async park(reason: string): Promise<void> {
    await this.openDecision('park');
    await this.giveReason('park', reason);
    await this.confirmed('park');
  }

  /**
   * Approves for trial, with `owner` as the experiment's owner (the author when not given).
   * `whileOpen` runs (axe, say) while the dialog is open, before confirming.
   */
  async approve(owner?: string, whileOpen?: () => Promise<void>): Promise<void> {
    const dialog = await this.openDecision('approve');
    if (owner) await dialog.getByLabel('Eier av forsøket', { exact: true }).selectOption({ label: owner });
    if (whileOpen) await whileOpen();
    await dialog.getByRole('button', { name: DECISIONS.approve.confirm, exact: true }).click();
    await this.confirmed('approve');
  }

  /** The "Beslutning" card: its text, e.g. "Avslått av Lars Leder 29. november 2026." and the reason. */
  get decisionCard(): Locator {
    return this.main
      .locator('.ds-card')
      .filter({ has: this.page.getByRole('heading', { name: 'Beslutning' }) });
  }

  /** The reason shown in the decision card, or null. */
  async decisionReason(): Promise<string | null> {
    const p = this.decisionCard.locator('p').filter({ hasText: /^Begrunnelse:/ });
    if (!(await p.count())) return null;
    return (await p.innerText()).replace(/^Begrunnelse:\s*/, '').trim();
  }

  /** "Gå til forsøket: {title}" in the decision card. */
  experimentLink(title: string): Locator {
    return this.decisionCard.getByRole('link', { name: `Gå til forsøket: ${title}`, exact: true });
  }

  /** Opens the experiment the approval created; returns its id. */
  async goToExperiment(title: string): Promise<string> {
    await this.experimentLink(title).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/forsok/'));
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  /** "Støtt", pressed or not. */
  get backButton(): Locator {
    return this.button('Støtt');
  }

  /** Toggles "Støtt" and waits until the button says it flipped; returns whether it is now pressed. */
  async back(): Promise<boolean> {
    const want = (await this.backButton.getAttribute('aria-pressed')) !== 'true';
    await this.backButton.click();
    await eventually(async () => {
      const now = await this.backButton.getAttribute('aria-pressed');
      if (now !== String(want)) throw new Error(`"Støtt" has aria-pressed=${now}, expected ${want}`);
    });
    await settle(this.page);
    return want;
  }

  /** Writes a comment and waits until it is listed. */
  async comment(text: string): Promise<void> {
    await this.main.getByRole('textbox', { name: 'Kommentar', exact: true }).fill(text);
    await this.button('Send kommentar').click();
    await expectVisible(this.main.locator('.lk-comments li').filter({ hasText: text }));
    await settle(this.page);
  }

  /** The comments listed, as their text. */
  async comments(): Promise<string[]> {
    return (await this.main.locator('.lk-comments li p.lk-pre').allInnerTexts()).map((s) => s.trim());
  }

  /** The Endringslogg, oldest first. */
  timelineEntries(): Promise<TimelineEntry[]> {
    return readTimeline(this.main);
  }

  /** "Tilbake til idéene". */
  async backToIdeas(): Promise<void> {
    await this.main.getByRole('link', { name: 'Tilbake til idéene', exact: true }).click();
    await this.waitForHeading('Idéer');
  }
}
