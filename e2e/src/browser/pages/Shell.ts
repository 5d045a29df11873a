import type { Locator, Page } from 'playwright-core';
import { expectVisible, settle } from '../../support/browser.js';

export type Locale = 'nb' | 'nn' | 'en';
export type Section = 'home' | 'ideas' | 'experiments' | 'lessons' | 'networks' | 'admin' | 'profile';

/** The main menu's links in each language. */
const NAV_LABELS: Record<Locale, Record<Section, string>> = {
  nb: {
    home: 'Mitt arbeid',
    ideas: 'Idéer',
    experiments: 'Forsøk',
    lessons: 'Lærdommer',
    networks: 'Nettverk',
    admin: 'Administrasjon',
    profile: 'Min profil',
  },
  nn: {
    home: 'Mitt arbeid',
    ideas: 'Idear',
    experiments: 'Forsøk',
    lessons: 'Lærdommar',
    networks: 'Nettverk',
    admin: 'Administrasjon',
    profile: 'Profilen min',
  },
  en: {
    home: 'My work',
    ideas: 'Ideas',
    experiments: 'Experiments',
    lessons: 'Lessons',
    networks: 'Networks',
    admin: 'Administration',
    profile: 'My profile',
  },
};

/** What every page has: skip link, language switch, main menu, sign-out, and one h1 in main. */
export class Shell {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', {
      name: /^(Hopp til hovudinnhaldet|Hopp til hovedinnholdet|Skip to main content)$/,
    });
  }

  get languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: /^(Språk|Language)$/ });
  }

  get mainMenu(): Locator {
    return this.page.getByRole('navigation', { name: /^(Hovedmeny|Hovudmeny|Main menu)$/ });
  }

  /** The menu link to `section`, labelled in `locale`. */
  menuLink(section: Section, locale: Locale = 'nb'): Locator {
    return this.mainMenu.getByRole('link', { name: NAV_LABELS[locale][section], exact: true });
  }

  /** The header's "Meny" button, shown below 48rem instead of the tools and the navigation. */
  get menuButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^(Meny|Menu)$/ });
  }

  /**
   * How far the page is wider than the window (0 when nothing but a table region scrolls
   * sideways), with the elements that stick out most, for the failure message.
   */
  async overflow(): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
    // A string, so the browser-side code needs no DOM types in this Node project.
    return this.page.evaluate(`(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.lk-table-wrap') && el.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    })()`);
  }

  /** "Ny idé" in the header, for everyone who may write ideas. */
  get newIdeaLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: 'Ny idé', exact: true });
  }

  /** The page's h1. */
  heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** Waits until the page's h1 reads `text` and its data has loaded. */
  async waitForHeading(text: string): Promise<void> {
    await expectVisible(this.main.getByRole('heading', { level: 1, name: text, exact: true }));
    await settle(this.page);
  }

  /** `<html lang>`. */
  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Chooses a language in the header and waits until the page has switched. */
  async chooseLanguage(locale: Locale): Promise<void> {
    await this.languageSelect.selectOption(locale);
    await this.page.waitForFunction(
      (l) =>
        (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
          .documentElement.lang === l,
      locale,
    );
    await settle(this.page);
  }

  /** The language the switch shows as chosen. */
  chosenLanguage(): Promise<string> {
    return this.languageSelect.inputValue();
  }

  async goTo(section: Section, locale: Locale = 'nb'): Promise<void> {
    await this.menuLink(section, locale).click();
    await settle(this.page);
  }

  /**
   * The validation message shown under `field` and tied to it with aria-describedby (so a
   * screen reader reads it with the field); null when there is none.
   */
  async errorUnder(field: Locator): Promise<string | null> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const message = this.page.locator(`[id="${id}"][data-field="validation"]`);
      if ((await message.count()) && (await message.isVisible())) return (await message.innerText()).trim();
    }
    return null;
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Logg ut|Sign out)$/ }).click();
    await this.page.waitForURL('**/logg-inn');
  }

  /** Loads `path` as a fresh visit; throws at once, with the answer, when the server does not serve the app there. */
  async visit(path: string): Promise<void> {
    const response = await this.page.goto(path);
    if (!response?.ok()) {
      const body = response ? (await response.text()).slice(0, 200) : 'no response';
      throw new Error(
        `GET ${path} answered ${response?.status() ?? '–'} instead of the web app (is web/dist built, and does the server serve it?): ${body}`,
      );
    }
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await settle(this.page);
  }
}
