import type { Locator, Page } from 'playwright-core';
import { Shell } from './Shell.js';

/** /offentlig/laerdommer and /offentlig/laerdommer/:id: public lessons, read without signing in. */
export class PublicLessonsPage extends Shell {
  constructor(
    page: Page,
    /** The server's origin (these journeys run a server of their own). */
    private readonly origin: string,
  ) {
    super(page);
  }

  async openList(heading = 'Lærdommer fra kommunene'): Promise<this> {
    await this.page.goto(`${this.origin}/offentlig/laerdommer`);
    await this.waitForHeading(heading);
    return this;
  }

  async openLesson(id: string, title: string): Promise<this> {
    await this.page.goto(`${this.origin}/offentlig/laerdommer/${id}`);
    await this.waitForHeading(title);
    return this;
  }

  /** The lesson titles listed, in order. */
  listedTitles(): Promise<string[]> {
    return this.main.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  async chooseLessonFromList(title: string): Promise<void> {
    await this.main.getByRole('link', { name: title, exact: true }).click();
    await this.waitForHeading(title);
  }

  /** The text of a section (h2 and what follows it, up to the next section). */
  section(heading: string): Locator {
    return this.main
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: heading, exact: true }) });
  }

  get signInLink(): Locator {
    return this.main.getByRole('link', { name: /^(Logg inn|Sign in)$/ });
  }

  openDataLink(format: 'CSV' | 'JSON'): Locator {
    return this.main.getByRole('link', { name: new RegExp(`(som|as) ${format}`) });
  }
}
