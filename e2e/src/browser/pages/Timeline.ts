import type { Locator } from 'playwright-core';

export interface TimelineEntry {
  /** Who, as shown in bold ("Skjult person" when hidden). */
  actor: string;
  /** What they did, e.g. "sendte inn", "avslo", "startet forsøket". */
  action: string;
  /** "Fra «…» til «…»." when the state changed. */
  stateChange: string | null;
  /** The reason given, when there is one. */
  reason: string | null;
}

/** The "Endringslogg" section of an idea or experiment page, oldest first. */
export async function readTimeline(main: Locator): Promise<TimelineEntry[]> {
  const section = main.getByRole('region', { name: 'Endringslogg', exact: true });
  const entries: TimelineEntry[] = [];
  for (const item of await section.getByRole('listitem').all()) {
    const lines = (await item.locator('p').allInnerTexts()).map((s) => s.trim());
    const actor = (await item.locator('strong').innerText()).trim();
    const who = lines.find((l) => l.startsWith(actor)) ?? '';
    entries.push({
      actor,
      action: who.slice(actor.length).trim(),
      stateChange: lines.find((l) => l.startsWith('Fra «')) ?? null,
      reason: lines.find((l) => l.startsWith('Begrunnelse: '))?.slice('Begrunnelse: '.length) ?? null,
    });
  }
  return entries;
}
