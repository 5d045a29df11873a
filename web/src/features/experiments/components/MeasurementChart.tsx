import { useId } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { useFormat } from '../../../app/format';

interface Reading {
  measuredOn: string;
  value: number;
}

const W = 640;
const H = 280;
const PAD = { left: 64, right: 120, top: 20, bottom: 44 };

const day = (ymd: string) => new Date(`${ymd}T12:00:00Z`).getTime();

/** Nice round steps for the value axis. */
function ticks(min: number, max: number, count = 4): number[] {
  const span = max - min || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1000; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

/**
 * The metric over time, with the baseline and the target as lines. The picture is one image for
 * assistive technology, named by a sentence that says what it shows; the table next to it has the numbers.
 */
export function MeasurementChart({
  readings,
  metric,
  baseline,
  target,
}: {
  readings: readonly Reading[];
  metric: string;
  baseline: number | null;
  target: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const sorted = [...readings].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;

  const values = [
    ...sorted.map((r) => r.value),
    ...(baseline != null ? [baseline] : []),
    ...(target != null ? [target] : []),
  ];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.1;
  lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
  hi += pad;
  const t0 = day(first.measuredOn);
  const t1 = day(last.measuredOn);
  const x = (ymd: string) =>
    t1 === t0
      ? PAD.left + (W - PAD.left - PAD.right) / 2
      : PAD.left + ((day(ymd) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const points = sorted.map((r) => `${x(r.measuredOn).toFixed(1)},${y(r.value).toFixed(1)}`).join(' ');

  const summary = [
    t('measurements.chartSummary', {
      metric: metric || t('measurements.metricFallback'),
      count: sorted.length,
      from: format.day(first.measuredOn),
      to: format.day(last.measuredOn),
      first: format.number(first.value),
      last: format.number(last.value),
    }),
    baseline != null ? t('measurements.chartBaseline', { value: format.number(baseline) }) : '',
    target != null ? t('measurements.chartTarget', { value: format.number(target) }) : '',
    target != null
      ? baseline != null && target < baseline
        ? last.value <= target
          ? t('measurements.chartReached')
          : t('measurements.chartNotReached')
        : last.value >= target
          ? t('measurements.chartReached')
          : t('measurements.chartNotReached')
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const refLine = (value: number, label: string, cls: string) => (
    <g className={cls}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} />
      <text x={W - PAD.right + 6} y={y(value) + 4}>
        {label}
      </text>
    </g>
  );

  // Axis titles are HTML, not SVG text: they stay readable when the chart is scaled down to a phone.
  return (
    <div className="lk-chart">
      <p className="lk-chart__axis-title" aria-hidden="true">
        {t('measurements.axisY', { metric: metric.trim() || t('measurements.metricFallback') })}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="lk-chart__svg">
        <title id={titleId}>{summary}</title>
        {ticks(lo, hi).map((v) => (
          <g key={v} className="lk-chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end">
              {format.number(v)}
            </text>
          </g>
        ))}
        <line
          className="lk-chart__axis"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        <text className="lk-chart__label" x={PAD.left} y={H - PAD.bottom + 20} textAnchor="start">
          {format.shortDay(first.measuredOn)}
        </text>
        {t1 !== t0 && (
          <text className="lk-chart__label" x={W - PAD.right} y={H - PAD.bottom + 20} textAnchor="end">
            {format.shortDay(last.measuredOn)}
          </text>
        )}
        {baseline != null &&
          refLine(
            baseline,
            t('measurements.baselineShort', { value: format.number(baseline) }),
            'lk-chart__baseline',
          )}
        {target != null &&
          refLine(
            target,
            t('measurements.targetShort', { value: format.number(target) }),
            'lk-chart__target',
          )}
        {sorted.length > 1 && <polyline className="lk-chart__line" points={points} />}
        {sorted.map((r, i) => (
          <circle
            key={`${r.measuredOn}-${i}`}
            className="lk-chart__dot"
            cx={x(r.measuredOn)}
            cy={y(r.value)}
            r={4}
          />
        ))}
      </svg>
      <p className="lk-chart__axis-title lk-chart__axis-title--x" aria-hidden="true">
        {t('measurements.axisX')}
      </p>
      <div className="lk-chart__legend" aria-hidden="true">
        <span className="lk-chart__key lk-chart__key--line">{t('measurements.legendReadings')}</span>
        {baseline != null && (
          <span className="lk-chart__key lk-chart__key--baseline">{t('measurements.legendBaseline')}</span>
        )}
        {target != null && (
          <span className="lk-chart__key lk-chart__key--target">{t('measurements.legendTarget')}</span>
        )}
      </div>
    </div>
  );
}
