import { ExperimentResult, NextStep, PartnerKind } from '@laerekraft/shared';

/**
 * What an outside reader sees of the experiment behind a lesson, read from
 * `lessons.experiment_summary` (frozen at publication by the lessons service, whose
 * `ExperimentSummary` writes these keys). The public reader gets less than a network reader:
 * not the experiment's own title, state or stop reason (free text written for colleagues). The jsonb is
 * read through this whitelist, key by key and type by type: a key the writer adds later (a
 * note, a name) does not reach the public by accident, and a malformed value is left out.
 */
export interface ExperimentSummary {
  hypothesis: {
    change: string;
    targetGroup: string;
    expectedEffect: string;
    metric: string;
    baseline: number | null;
    target: number | null;
    byDate: string | null;
  } | null;
  result: ExperimentResult | null;
  learningCard: { believed: string; observed: string; learned: string; nextStep: NextStep | null } | null;
  /** The metric's readings, oldest first (dates and values only: notes stay inside). */
  measurements: Array<{ measuredOn: string; value: number }>;
  partnerKinds: PartnerKind[];
  startedAt: string | null;
  endedAt: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown): string | null => (typeof v === 'string' && DATE.test(v) ? v : null);
const instant = (v: unknown): string | null =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null;
const oneOf = <T extends string>(values: Record<string, T>, v: unknown): T | null =>
  typeof v === 'string' && (Object.values(values) as string[]).includes(v) ? (v as T) : null;

export function readExperimentSummary(raw: unknown): ExperimentSummary {
  const s = isObject(raw) ? raw : {};
  const h = isObject(s.hypothesis) ? s.hypothesis : null;
  const c = isObject(s.learningCard) ? s.learningCard : null;
  const nextStep = c ? oneOf(NextStep, c.nextStep) : null;
  return {
    hypothesis: h && {
      change: text(h.change),
      targetGroup: text(h.targetGroup),
      expectedEffect: text(h.expectedEffect),
      metric: text(h.metric),
      baseline: num(h.baseline),
      target: num(h.target),
      byDate: day(h.byDate),
    },
    result: oneOf(ExperimentResult, s.result),
    learningCard:
      c && (text(c.believed) || text(c.observed) || text(c.learned) || nextStep)
        ? { believed: text(c.believed), observed: text(c.observed), learned: text(c.learned), nextStep }
        : null,
    measurements: (Array.isArray(s.measurements) ? s.measurements : [])
      .filter(isObject)
      .map((m) => ({ measuredOn: day(m.measuredOn), value: num(m.value) }))
      .filter((m): m is { measuredOn: string; value: number } => m.measuredOn !== null && m.value !== null)
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)),
    partnerKinds: (Array.isArray(s.partnerKinds) ? s.partnerKinds : [])
      .map((k) => oneOf(PartnerKind, k))
      .filter((k): k is PartnerKind => k !== null),
    startedAt: instant(s.startedAt),
    endedAt: instant(s.endedAt),
  };
}
