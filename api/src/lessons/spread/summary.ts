import type { ExperimentResult } from '@laerekraft/shared';

/** The hypothesis and frame as a lesson's `experiment_summary` carries them. */
export interface SummaryFrame {
  change: string;
  targetGroup: string;
  expectedEffect: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  acceptableLoss: string;
  hours: number | null;
  nok: number | null;
  affectsEmployees: boolean;
}

/** A replication's measured change against its own baseline. */
export interface MeasuredChange {
  metric: string;
  baseline: number | null;
  latest: number | null;
  target: number | null;
  /** latest − baseline, when both are known. */
  change: number | null;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;

/**
 * Reads the frame out of `experiment_summary` (frozen by the lessons feature at publication):
 * the hypothesis under `hypothesis` (or flat), the frame beside it. Missing parts read as empty,
 * so an older or smaller summary still pre-fills what it has.
 */
export function summaryFrame(summary: Json): SummaryFrame {
  const h = { ...summary, ...obj(summary.hypothesis) };
  return {
    change: text(h.change),
    targetGroup: text(h.targetGroup),
    expectedEffect: text(h.expectedEffect),
    metric: text(h.metric),
    baseline: num(h.baseline),
    target: num(h.target),
    acceptableLoss: text(summary.acceptableLoss),
    hours: num(summary.hours),
    nok: num(summary.nok),
    affectsEmployees: summary.affectsEmployees === true,
  };
}

/** The latest measurement in a summary's `measurements` ({ measuredOn, value }[]), by date. */
function latestOf(measurements: unknown): number | null {
  if (!Array.isArray(measurements)) return null;
  let best: { on: string; value: number } | null = null;
  for (const raw of measurements) {
    const m = obj(raw);
    const value = num(m.value);
    const on = text(m.measuredOn ?? m.measured_on);
    if (value !== null && (!best || on >= best.on)) best = { on, value };
  }
  return best?.value ?? null;
}

export function measuredChange(
  metric: string,
  baseline: number | null,
  latest: number | null,
  target: number | null,
): MeasuredChange {
  return {
    metric,
    baseline,
    latest,
    target,
    change: baseline !== null && latest !== null ? Math.round((latest - baseline) * 1000) / 1000 : null,
  };
}

/** A lesson's measured change from its summary: baseline, latest measurement and target. */
export function summaryChange(summary: Json): MeasuredChange {
  const f = summaryFrame(summary);
  return measuredChange(f.metric, f.baseline, latestOf(summary.measurements), f.target);
}

export function summaryResult(summary: Json): ExperimentResult | null {
  return (text(summary.result) || null) as ExperimentResult | null;
}
