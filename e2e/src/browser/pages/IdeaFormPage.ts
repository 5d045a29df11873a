import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';
import { Shell } from './Shell.js';

export type IdeaStep = 'Behov' | 'Forslag' | 'Merking' | 'Se over og send inn';
export type FiveAction = 'Å våge' | 'Å lede' | 'Å lære' | 'Å mobilisere' | 'Å samhandle';

const STEPS: IdeaStep[] = ['Behov', 'Forslag', 'Merking', 'Se over og send inn'];

export interface Need {
  title: string;
  whose: string;
  observed: string;
}

export interface Proposal {
  proposal: string;
  benefit: string;
}

export interface Tags {
  actions: FiveAction[];
  /** Sustainable development goals by their label, e.g. "3 God helse og livskvalitet". */
  sdgs: string[];
  theme?: string;
}

/** /ideer/ny (and /ideer/:id/rediger): the idea in four steps, Behov → Forslag → Merking → Se over og send inn. */
export class IdeaFormPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<this> {
    await this.visit('/ideer/ny');
    await this.waitForLoaded();
    return this;
  }

  async waitForLoaded(): Promise<void> {
    await this.waitForHeading('Ny idé');
  }

  /** The h2 of the step shown: "Steg n av 4: {name}". */
  stepHeading(step: IdeaStep): Locator {
    const n = STEPS.indexOf(step) + 1;
    return this.main.getByRole('heading', { level: 2, name: `Steg ${n} av 4: ${step}`, exact: true });
  }

  stepButton(step: IdeaStep): Locator {
    const n = STEPS.indexOf(step) + 1;
    return this.main
      .getByRole('navigation', { name: 'Steg i skjemaet' })
      .getByRole('button', { name: `${n} ${step}`, exact: true });
  }

  /** Goes to a step with the steps menu. */
  async goToStep(step: IdeaStep): Promise<void> {
    await this.stepButton(step).click();
    await expectVisible(this.stepHeading(step));
  }

  /** "Neste", then waits for `step`. */
  async next(step: IdeaStep): Promise<void> {
    await this.button('Neste').click();
    await expectVisible(this.stepHeading(step));
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** Step 1, Behov. */
  async fillNeed(need: Need): Promise<void> {
    await expectVisible(this.stepHeading('Behov'));
    await this.field('Tittel').fill(need.title);
    await this.field('Hvem har behovet?').fill(need.whose);
    await this.field('Hvordan er behovet observert?').fill(need.observed);
  }

  /** Step 2, Forslag. */
  async fillProposal(proposal: Proposal): Promise<void> {
    await expectVisible(this.stepHeading('Forslag'));
    await this.field('Hva foreslår du?').fill(proposal.proposal);
    await this.field('Forventet gevinst for innbyggerne').fill(proposal.benefit);
  }

  /** Step 3, Merking: the five actions, the goals and the theme (the unit stays the person's own). */
  async tag(tags: Tags): Promise<void> {
    await expectVisible(this.stepHeading('Merking'));
    const actions = this.main.getByRole('group', { name: 'De fem handlingene' });
    for (const action of tags.actions)
      await actions.getByRole('checkbox', { name: action, exact: true }).check();
    const goals = this.main.getByRole('group', { name: 'Bærekraftsmål' });
    for (const sdg of tags.sdgs) await goals.getByRole('checkbox', { name: sdg, exact: true }).check();
    if (tags.theme) await this.field('Tema').selectOption({ label: tags.theme });
  }

  /** The unit chosen on step 3, as its option reads (indented names trimmed). */
  async chosenUnit(): Promise<string> {
    const select = this.field('Enhet');
    const text = await select.evaluate(
      (el) =>
        (el as unknown as { selectedOptions: Array<{ textContent: string | null }> }).selectedOptions[0]
          ?.textContent ?? '',
    );
    return text.replace(/^[\s\u00a0–—-]+/, '').trim();
  }

  /** The facts shown on the last step ("Se over og send inn"), label → value. */
  async reviewFacts(): Promise<Record<string, string>> {
    await expectVisible(this.stepHeading('Se over og send inn'));
    const facts: Record<string, string> = {};
    for (const item of await this.main.locator('form dl > div').all()) {
      const term = (await item.locator('dt').innerText()).trim();
      facts[term] = (await item.locator('dd').innerText()).trim();
    }
    return facts;
  }

  /** "Lagre utkast"; waits for "Utkastet er lagret." and returns the saved idea's id. */
  async saveDraft(): Promise<string> {
    await this.button('Lagre utkast').click();
    await expectVisible(this.main.getByRole('status').getByText('Utkastet er lagret.', { exact: true }));
    await settle(this.page);
    return this.savedIdeaId();
  }

  /** The id in "Se idéen", shown once the idea has been saved. */
  async savedIdeaId(): Promise<string> {
    const href = await this.main.getByRole('link', { name: 'Se idéen', exact: true }).getAttribute('href');
    const id = href?.match(/^\/ideer\/([^/]+)$/)?.[1];
    if (!id) throw new Error(`"Se idéen" links to ${href}, not to an idea`);
    return id;
  }

  /** "Send inn" on the last step; waits for the idea page and returns the idea's id. */
  async submit(): Promise<string> {
    await expectVisible(this.stepHeading('Se over og send inn'));
    await this.button('Send inn').click();
    await this.page.waitForURL(
      (url) => /^\/ideer\/[^/]+$/.test(url.pathname) && url.pathname !== '/ideer/ny',
    );
    await settle(this.page);
    return new URL(this.page.url()).pathname.split('/')[2];
  }
}
