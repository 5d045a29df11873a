import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { DEMO_PASSWORD, baseUrl, loginAs, type GraphqlClient } from './graphql-client.js';

/**
 * The browser tier's plumbing: one Chromium context per test file (or per extra person in
 * a journey), each with its own fresh profile directory that is removed afterwards, or
 * several people's incognito contexts in one Chromium (`launchTogether`); axe
 * on every page visited; a screenshot of each checked page in /tmp/lk-shots/ (not kept in
 * git) for a person to look at.
 */

const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots of the checked pages go. */
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/lk-shots';

/** What every person's context gets. */
const CONTEXT_OPTIONS = () => ({
  baseURL: baseUrl(),
  locale: 'nb-NO',
  viewport: { width: 1280, height: 900 },
});

/** WCAG 2.1 A and AA: the level Norwegian public services must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yCheck {
  label: string;
  url: string;
  violations: number;
}

/** One browser "person": a context with a fresh profile, and the pages it checked with axe. */
export class BrowserSession {
  /** Every page this session ran axe on, in order. */
  readonly checked: A11yCheck[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** The persistent profile to remove on close (null for a context in a shared browser). */
    private readonly userDataDir: string | null,
    readonly name: string,
    /** The browser this context shares with other people (see `launchTogether`). */
    private readonly sharedBrowser: Browser | null = null,
  ) {}

  /** A new Chromium with an empty profile (no cookies, no local storage). `name` prefixes its screenshots. */
  static async launch(name: string): Promise<BrowserSession> {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'laerekraft-browser-'));
    try {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        ...CONTEXT_OPTIONS(),
      });
      const page = await prepare(context);
      return new BrowserSession(context, page, userDataDir, name);
    } catch (e) {
      rmSync(userDataDir, { recursive: true, force: true });
      throw e;
    }
  }

  /**
   * Several people at once in one Chromium: a fresh incognito context each (no cookies, no
   * storage, nothing shared between them), which starts far quicker than a browser each on a
   * small machine. Close every session; the browser closes with the last one.
   */
  static async launchTogether(...names: string[]): Promise<BrowserSession[]> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      return await Promise.all(
        names.map(async (name) => {
          const context = await browser.newContext(CONTEXT_OPTIONS());
          return new BrowserSession(context, await prepare(context), null, name, browser);
        }),
      );
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  /**
   * Runs axe (WCAG 2.1 A/AA) on the page as it is now, saves a screenshot, and throws
   * with a readable list when there is any violation, or when two elements share an id
   * (4.1.1 Parsing: axe 4.7+ no longer checks ids that ARIA does not point at, yet
   * `getElementById`, labels and aria-* references still pick the first one only).
   */
  async checkA11y(label: string): Promise<void> {
    await settle(this.page);
    const shot = await this.screenshot(label);
    const duplicates = await duplicateIds(this.page);
    if (duplicates.length)
      throw new Error(
        `Duplicate id attribute(s) on "${label}" (${this.page.url()}, screenshot ${shot}): ${duplicates.join(', ')}`,
      );
    const result = await new AxeBuilder({ page: this.page })
      .withTags(WCAG_TAGS)
      .options({ resultTypes: ['violations'] })
      // The app has no frames; legacy mode runs axe in the page itself instead of opening a
      // second page to combine per-frame results, which cuts the time per check by two thirds.
      .setLegacyMode(true)
      .analyze();
    this.checked.push({ label, url: this.page.url(), violations: result.violations.length });
    if (result.violations.length === 0) return;
    const lines = result.violations.flatMap((v) => [
      `- ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map(
        (n) =>
          `    at ${n.target.map(String).join(' > ')}${n.failureSummary ? `: ${oneLine(n.failureSummary)}` : ''}`,
      ),
    ]);
    throw new Error(
      `axe found ${result.violations.length} WCAG 2.1 AA violation(s) on "${label}" (${this.page.url()}, screenshot ${shot}):\n${lines.join('\n')}`,
    );
  }

  /**
   * Signs in through the API and hands the session cookie to this browser: for journeys
   * whose subject is not the sign-in page (that one is covered by its own journeys).
   */
  async signInWithCookie(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.shareSessionOf(await loginAs(email, password));
  }

  /** Gives this browser the session `client` is signed in with (one sign-in for both, same person). */
  async shareSessionOf(client: GraphqlClient): Promise<void> {
    const value = client.cookie('lk_session');
    if (!value) throw new Error('The client has no session cookie to share: sign it in first');
    await this.context.addCookies([{ name: 'lk_session', value, url: baseUrl() }]);
  }

  /**
   * Hands this browser to another person of the same organisation: the cookies go, then the
   * session `client` is signed in with comes in (as signing out and in again would).
   */
  async switchTo(client: GraphqlClient): Promise<void> {
    await this.context.clearCookies();
    await this.shareSessionOf(client);
  }

  /** A full-page screenshot in SHOTS_DIR; returns its path. */
  async screenshot(label: string): Promise<string> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const file = path.join(SHOTS_DIR, `${this.name}-${slug(label)}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /** Closes the browser and removes its profile directory. */
  async close(): Promise<void> {
    try {
      await this.context.close();
      if (this.sharedBrowser && this.sharedBrowser.contexts().length === 0) await this.sharedBrowser.close();
    } finally {
      if (this.userDataDir) rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

/** The ids that more than one element of the document carries, each with its count ("entry-1 ×2"). */
export async function duplicateIds(page: Page): Promise<string[]> {
  // A string, run in the page: this project has no DOM types.
  return page.evaluate<string[]>(`(() => {
    const counts = new Map();
    for (const el of document.querySelectorAll('[id]')) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([id, n]) => id + ' ×' + n);
  })()`);
}

/** The context's timeouts, and its first page, tracked for `settle`. */
async function prepare(context: BrowserContext): Promise<Page> {
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  track(page);
  return page;
}

/** Requests each tracked page has in flight (see `settle`). */
const inFlight = new WeakMap<Page, Set<Request>>();

function track(page: Page): void {
  const open = new Set<Request>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  inFlight.set(page, open);
}

/**
 * Waits until the app has nothing left to fetch and no spinner shows: no request in
 * flight for a short while. (Playwright's 'networkidle' does the same with a fixed
 * half-second wait, which adds up over a journey.)
 */
export async function settle(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForLoadState('load');
  const open = inFlight.get(page);
  if (!open) return page.waitForLoadState('networkidle');
  const deadline = Date.now() + timeoutMs;
  let quietSince: number | null = null;
  for (;;) {
    const busy = open.size > 0 || (await page.locator('.ds-spinner').count()) > 0;
    if (busy) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= 100 && !(await animating(page))) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The page did not settle within ${timeoutMs} ms: still loading ${[...open].map((r) => r.url()).join(', ') || 'a spinner'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether a finite CSS animation or transition (a dialog fading in, say) is still running. */
function animating(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Anim = { playState: string; effect: { getTiming(): { iterations: number } } | null };
    const doc = (globalThis as unknown as { document: { getAnimations(): Anim[] } }).document;
    return doc
      .getAnimations()
      .some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
  });
}

/** Throws unless `locator` is (or becomes, within the default timeout) visible. */
export async function expectVisible(locator: Locator, timeout?: number): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Whether `locator` is the focused element right now. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (el) => el === (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
  );
}

/** A short description of the focused element (for failure messages). */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: Record<string, unknown> | null } })
      .document.activeElement;
    if (!el) return 'nothing';
    const outer = String(el.outerHTML ?? '');
    return outer.length > 160 ? `${outer.slice(0, 160)}…` : outer;
  });
}

/**
 * Presses `key` (Tab by default) until `target` has focus, as a keyboard user would;
 * returns how many presses it took, or throws after `max` presses.
 */
export async function pressUntilFocused(page: Page, target: Locator, max = 50, key = 'Tab'): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${key} × ${max} never reached ${target}; focus is on ${await describeFocus(page)}`);
}

/** Retries `check` until it stops throwing, for conditions the page reaches a moment later. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
