import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserSession, settle } from '../support/browser.js';
import { BODO_LEAD } from '../support/lk-api.js';
import { HomePage } from './pages/HomePage.js';

/**
 * Issue 8, layout stability: the home page ("Mitt arbeid") keeps still while its sections
 * load. Cumulative layout shift as web-vitals counts it (the worst session window of shifts
 * not caused by input) stays within 0.05 for an employee and a lead on the demo data; the
 * largest contentful paint is printed for docs/benchmarks.md, not asserted (it is a time).
 */

const CLS_LIMIT = 0.05;

/** Records layout shifts and the largest contentful paint from the first byte on (init script). */
function observe(): void {
  const w = globalThis as unknown as {
    __lk: {
      shifts: Array<{ value: number; time: number; sources: string[] }>;
      lcp: number;
      lcpElement: string;
    };
    PerformanceObserver: new (cb: (list: { getEntries(): unknown[] }) => void) => {
      observe(o: { type: string; buffered: boolean }): void;
    };
  };
  w.__lk = { shifts: [], lcp: 0, lcpElement: '' };
  type Node = { nodeName: string; id?: string; className?: string; textContent?: string | null };
  const describe = (n: Node | null | undefined) =>
    n
      ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${typeof n.className === 'string' && n.className ? `.${n.className.split(' ')[0]}` : ''} "${(n.textContent ?? '').trim().slice(0, 40)}"`
      : '?';
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<{
      value: number;
      hadRecentInput: boolean;
      startTime: number;
      sources?: Array<{ node?: Node }>;
    }>)
      if (!e.hadRecentInput)
        w.__lk.shifts.push({
          value: e.value,
          time: e.startTime,
          sources: (e.sources ?? []).map((s) => describe(s.node)),
        });
  }).observe({ type: 'layout-shift', buffered: true });
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<{ startTime: number; element?: Node }>) {
      w.__lk.lcp = e.startTime;
      w.__lk.lcpElement = describe(e.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

interface Measured {
  cls: number;
  lcp: number;
  lcpElement: string;
  shifts: Array<{ value: number; time: number; sources: string[] }>;
}

/** web-vitals' CLS: shifts grouped in windows (gaps under 1 s, at most 5 s long); the largest window's sum. */
function cumulativeLayoutShift(shifts: Measured['shifts']): number {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.time - last < 1000 && s.time - first < 5000) sum += s.value;
    else {
      sum = s.value;
      first = s.time;
    }
    last = s.time;
    worst = Math.max(worst, sum);
  }
  return worst;
}

async function measureHome(email: string): Promise<Measured> {
  const session = await BrowserSession.launch(`layout-${email.split('@')[0]}`);
  try {
    await session.page.addInitScript(observe);
    await session.signInWithCookie(email);
    await new HomePage(session.page).open();
    await settle(session.page);
    // The LCP entry is final once the page has been interacted with or hidden; reading it
    // after the page has settled gives the paint that was largest by then.
    const raw = (await session.page.evaluate(
      () => (globalThis as unknown as { __lk: unknown }).__lk,
    )) as Omit<Measured, 'cls'>;
    return { ...raw, cls: cumulativeLayoutShift(raw.shifts) };
  } finally {
    await session.close();
  }
}

const PEOPLE = [
  ['an employee', 'ansatt@bodo.demo'],
  ['an innovation lead', BODO_LEAD],
  ['a reader', 'direktor@bodo.demo'],
  ['a union representative', 'tillitsvalgt@bodo.demo'],
  ['a network coordinator', 'koordinator@nfk.demo'],
] as const;

describe('the home page keeps still while it loads', () => {
  const results = new Map<string, Measured>();

  beforeAll(async () => {
    for (const [, email] of PEOPLE) results.set(email, await measureHome(email));
  });
  afterAll(() => {
    for (const [who, email] of PEOPLE) {
      const m = results.get(email);
      if (m)
        console.log(
          `${who}: CLS ${m.cls.toFixed(3)}, LCP ${m.lcp.toFixed(0)} ms (${m.lcpElement}); shifts: ${
            m.shifts
              .map((s) => `${s.value.toFixed(3)} at ${s.time.toFixed(0)} ms by ${s.sources.join(' + ')}`)
              .join('; ') || 'none'
          }`,
        );
    }
  });

  it.each(PEOPLE)(`for %s, cumulative layout shift is at most ${CLS_LIMIT}`, (_who, email) => {
    const m = results.get(email)!;
    expect({ cls: m.cls, shifts: m.cls > CLS_LIMIT ? m.shifts : [] }).toEqual({
      cls: expect.any(Number),
      shifts: [],
    });
    expect(m.cls).toBeLessThanOrEqual(CLS_LIMIT);
  });
});
