import { Card, Paragraph } from '@digdir/designsystemet-react';
import type { Bar, KeyNumber, Series } from '../figures';

/**
 * Horizontal bars, each with its label and value written beside it (the value never lives in
 * the bar's colour or length alone). Labels are HTML so they wrap on a phone; the bars are SVG.
 * The whole is one image to assistive technology, named by the figure's summary; the table
 * toggle gives the numbers row by row.
 */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div role="img" aria-label={label} className="lk-dash-bars">
      {bars.map((b, i) => (
        <div key={`${b.label}-${i}`} className="lk-dash-bars__row">
          <span className="lk-dash-bars__label">{b.label}</span>
          <span className="lk-dash-bars__bar">
            <svg width="100%" height="16" aria-hidden="true" focusable="false">
              <rect className="lk-dash-bars__track" x="0" y="0" width="100%" height="16" rx="2" />
              {b.value > 0 && (
                <rect
                  className="lk-dash-bars__fill"
                  x="0"
                  y="0"
                  width={`${Math.max(0.6, (b.value / max) * 100)}%`}
                  height="16"
                  rx="2"
                />
              )}
            </svg>
          </span>
          <span className="lk-dash-bars__value">
            {b.value}
            {b.note && <span className="lk-muted"> ({b.note})</span>}
          </span>
        </div>
      ))}
    </div>
  );
}

/** Each series its own dash pattern and marker shape, so colour is never what tells them apart. */
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 2'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;

function Marker({ shape, x, y }: { shape: (typeof MARKERS)[number]; x: number; y: number }) {
  const r = 5;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'triangle':
      return <path d={`M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`} />;
    case 'diamond':
      return <path d={`M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`} />;
    case 'cross':
      return (
        <path
          d={`M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`}
          strokeWidth={2.5}
          fill="none"
        />
      );
  }
}

/** One line per series over the quarters, with a legend that shows each line's pattern and shape. */
export function TrendChart({
  quarters,
  series,
  label,
}: {
  quarters: string[];
  series: Series[];
  label: string;
}) {
  const W = 640;
  const H = 260;
  const pad = { left: 40, right: 16, top: 12, bottom: 36 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const top = niceTop(max);
  const x = (i: number) =>
    pad.left +
    (quarters.length <= 1
      ? (W - pad.left - pad.right) / 2
      : (i * (W - pad.left - pad.right)) / (quarters.length - 1));
  const y = (v: number) => pad.top + (1 - v / top) * (H - pad.top - pad.bottom);
  const every = Math.max(1, Math.ceil(quarters.length / 8));
  // Whole numbers only: every step up to 5, else the half and the top (both whole from 10 up).
  const ticks = top <= 5 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 2, top];

  return (
    <div className="lk-dash-trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="lk-dash-trend__svg">
        {ticks.map((v) => (
          <g key={v} className="lk-dash-trend__grid">
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {quarters.map((q, i) =>
          i % every === 0 || i === quarters.length - 1 ? (
            <text key={q} x={x(i)} y={H - 12} textAnchor="middle" className="lk-dash-trend__axis">
              {q}
            </text>
          ) : null,
        )}
        {series.map((s, si) => (
          <g key={s.key} className={`lk-dash-trend__series lk-dash-trend__series--${si}`}>
            <polyline
              fill="none"
              strokeWidth={2.5}
              strokeDasharray={DASHES[si % DASHES.length]}
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            />
            {s.values.map((v, i) => (
              <Marker key={i} shape={MARKERS[si % MARKERS.length]!} x={x(i)} y={y(v)} />
            ))}
          </g>
        ))}
      </svg>
      <ul className="lk-dash-legend" aria-hidden="true">
        {series.map((s, si) => (
          <li key={s.key} className={`lk-dash-trend__series--${si}`}>
            <svg width="40" height="14" focusable="false">
              <line
                x1="2"
                x2="38"
                y1="7"
                y2="7"
                strokeWidth={2.5}
                strokeDasharray={DASHES[si % DASHES.length]}
              />
              <Marker shape={MARKERS[si % MARKERS.length]!} x={20} y={7} />
            </svg>
            {s.label}
            {s.values.length > 0 && <span className="lk-muted"> ({s.values[s.values.length - 1]})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A round number at or above `max` for the axis: 1, 2, 5 × 10ⁿ. */
export function niceTop(max: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** Key numbers as cards: the label, the number large, and what it is of. */
export function KeyNumbers({ items }: { items: KeyNumber[] }) {
  return (
    <ul className="lk-dash-keys">
      {items.map((k) => (
        <li key={k.label}>
          <Card data-color="neutral" className="lk-dash-keys__card">
            <Paragraph data-size="sm">{k.label}</Paragraph>
            <Paragraph className="lk-dash-keys__value">{k.value}</Paragraph>
            {k.detail && (
              <Paragraph data-size="sm" className="lk-muted">
                {k.detail}
              </Paragraph>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
