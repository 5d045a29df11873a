import { INNOVATION_ACTIONS, QUIET_DAYS } from '@laerekraft/shared';
import type { BarometerQuery, DashboardQuery } from '../../gql/graphql';
import type { Cell } from './csv';

export type Dashboard = DashboardQuery['dashboard'];
export type Barometer = BarometerQuery['barometer'];

/** A translation function (the app's `t`, narrowed to what the figures use). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Formats {
  number: (n: number) => string;
  nok: (n: number) => string;
  percent: (part: number, whole: number) => string;
}

export interface Bar {
  label: string;
  value: number;
  /** Shown after the value, e.g. a share. */
  note?: string;
}

export interface Series {
  key: string;
  label: string;
  values: number[];
}

export interface KeyNumber {
  label: string;
  value: string;
  detail?: string;
}

export type Chart =
  | { kind: 'bars'; bars: Bar[] }
  | { kind: 'trend'; quarters: string[]; series: Series[] }
  | { kind: 'numbers'; items: KeyNumber[] };

/** One figure: the chart, its one-line summary, and the same numbers as a table. */
export interface FigureSpec {
  id: string;
  title: string;
  summary: string;
  chart: Chart;
  table: { columns: string[]; rows: Cell[][] };
  link?: { to: string; text: string };
}

const TREND_KEYS = ['ideas', 'approved', 'started', 'ended', 'lessons'] as const;

const rate = (f: Formats, r: { part: number; whole: number } | null) =>
  r && r.whole > 0 ? f.percent(r.part, r.whole) : '–';

/** The largest bars' labels and values, for a summary: "Å lære (12) og Å lede (9)". */
function leaders(bars: Bar[], f: Formats): Bar[] {
  const top = Math.max(0, ...bars.map((b) => b.value));
  return top === 0 ? [] : bars.filter((b) => b.value === top).map((b) => ({ ...b, note: f.number(b.value) }));
}

function spread(
  id: string,
  title: string,
  column: string,
  countColumn: string,
  bars: Bar[],
  t: Translate,
  f: Formats,
  extra?: string,
): FigureSpec {
  const top = leaders(bars, f);
  const total = bars.reduce((s, b) => s + b.value, 0);
  const summary =
    total === 0
      ? t('dashboard.summary.none')
      : t('dashboard.summary.most', {
          what: top.map((b) => `${b.label} (${b.note})`).join(', '),
        }) + (extra ? ` ${extra}` : '');
  return {
    id,
    title,
    summary,
    chart: { kind: 'bars', bars },
    table: { columns: [column, countColumn], rows: bars.map((b) => [b.label, b.value]) },
  };
}

/** The dashboard's figures, in the order the page and the report show them. */
export function dashboardFigures(d: Dashboard, t: Translate, f: Formats, quietLink: string): FigureSpec[] {
  const lessonsOnly = d.scope === 'NETWORK' || d.scope === 'NATIONAL';
  const noun = lessonsOnly ? 'lessons' : 'experiments';
  const countColumn = t(`dashboard.column.${noun}`);
  const figures: FigureSpec[] = [];

  // The funnel, each stage with its share of the first.
  const first = d.funnel[0]?.count ?? 0;
  const stages: Bar[] = d.funnel.map((s) => ({
    label: t(`dashboard.stage.${s.stage}`),
    value: s.count,
    note: first > 0 ? f.percent(s.count, first) : undefined,
  }));
  figures.push({
    id: 'funnel',
    title: t('dashboard.figure.funnel'),
    summary:
      first === 0 && stages.every((s) => s.value === 0)
        ? t('dashboard.summary.none')
        : t('dashboard.summary.funnel', {
            stages: stages.map((s) => `${s.label.toLowerCase()}: ${f.number(s.value)}`).join(', '),
          }),
    chart: { kind: 'bars', bars: stages },
    table: {
      columns: [t('dashboard.column.stage'), t('dashboard.column.count'), t('dashboard.column.shareOfFirst')],
      rows: d.funnel.map((s, i) => [stages[i]!.label, s.count, stages[i]!.note ?? null]),
    },
  });

  const byKey = new Map(d.byAction.map((a) => [a.key, a.count]));
  figures.push(
    spread(
      'actions',
      t(`dashboard.figure.actions.${noun}`),
      t('dashboard.column.action'),
      countColumn,
      INNOVATION_ACTIONS.map((a) => ({ label: t(`actions.${a}`), value: byKey.get(a) ?? 0 })),
      t,
      f,
      t('dashboard.summary.severalActions'),
    ),
  );
  figures.push(
    spread(
      'sdgs',
      t(`dashboard.figure.sdgs.${noun}`),
      t('dashboard.column.sdg'),
      countColumn,
      [...d.bySdg]
        .sort((a, b) => Number(a.key) - Number(b.key))
        .map((s) => ({ label: t('tags.sdgItem', { n: s.key, name: t(`sdg.${s.key}`) }), value: s.count })),
      t,
      f,
    ),
  );
  figures.push(
    spread(
      'themes',
      t(`dashboard.figure.themes.${noun}`),
      t('dashboard.column.theme'),
      countColumn,
      d.byTheme.map((s) => ({
        label: s.key ? t(`themes.${s.key}`) : t('tags.noTheme'),
        value: s.count,
      })),
      t,
      f,
    ),
  );
  figures.push(
    spread(
      'results',
      t(`dashboard.figure.results.${noun}`),
      t('dashboard.column.result'),
      countColumn,
      d.byResult.map((s) => ({ label: t(`result.${s.key}`), value: s.count })),
      t,
      f,
    ),
  );
  figures.push(
    spread(
      'units',
      t(`dashboard.figure.units.${noun}`),
      t(lessonsOnly ? 'dashboard.column.organisation' : 'dashboard.column.unit'),
      countColumn,
      d.byUnit.map((u) => ({ label: u.name, value: u.count })),
      t,
      f,
    ),
  );

  // Key numbers the record answers for an organisation or unit (null for a network or Norway).
  const keys: Array<KeyNumber & { raw: Cell[] }> = [];
  if (d.learningRate)
    keys.push({
      label: t('dashboard.key.learningRate'),
      value: rate(f, d.learningRate),
      detail: t('dashboard.key.learningRateDetail', {
        part: f.number(d.learningRate.part),
        whole: f.number(d.learningRate.whole),
      }),
      raw: [d.learningRate.part, d.learningRate.whole],
    });
  if (d.medianDaysToDecision !== null || d.medianDaysToEnd !== null) {
    for (const [key, value] of [
      ['daysToDecision', d.medianDaysToDecision],
      ['daysToEnd', d.medianDaysToEnd],
    ] as const)
      keys.push({
        label: t(`dashboard.key.${key}`),
        value: value === null ? '–' : t('dashboard.key.days', { count: value, n: f.number(value) }),
        detail: value === null ? t('dashboard.key.noneYet') : undefined,
        raw: [null, null],
      });
  }
  if (d.quietExperiments !== null)
    keys.push({
      label: t('dashboard.key.quiet', { days: QUIET_DAYS }),
      value: f.number(d.quietExperiments),
      detail: t('dashboard.key.quietDetail'),
      raw: [d.quietExperiments, null],
    });
  if (d.unionBeforeStart)
    keys.push({
      label: t('dashboard.key.union'),
      value: rate(f, d.unionBeforeStart),
      detail: t('dashboard.key.unionDetail', {
        part: f.number(d.unionBeforeStart.part),
        whole: f.number(d.unionBeforeStart.whole),
      }),
      raw: [d.unionBeforeStart.part, d.unionBeforeStart.whole],
    });
  if (keys.length)
    figures.push({
      id: 'keys',
      title: t('dashboard.figure.keys'),
      summary: keys.map((k) => `${k.label}: ${k.value}`).join('. ') + '.',
      chart: { kind: 'numbers', items: keys },
      table: {
        columns: [
          t('dashboard.column.measure'),
          t('dashboard.column.value'),
          t('dashboard.column.part'),
          t('dashboard.column.whole'),
        ],
        rows: keys.map((k) => [k.label, k.value, ...k.raw]),
      },
      ...(d.quietExperiments !== null ? { link: { to: quietLink, text: t('dashboard.key.quietLink') } } : {}),
    });

  const r = d.resources;
  if (r)
    figures.push({
      id: 'resources',
      title: t('dashboard.figure.resources'),
      summary: t('dashboard.summary.resources', {
        hours: f.number(r.hours),
        nok: f.nok(r.nok),
        experiments: f.number(r.experiments),
        withLoss: f.number(r.withAcceptableLoss),
      }),
      chart: {
        kind: 'numbers',
        items: [
          {
            label: t('dashboard.resources.hours'),
            value: f.number(r.hours),
            detail: t('dashboard.resources.withLoss', { value: f.number(r.hoursWithAcceptableLoss) }),
          },
          {
            label: t('dashboard.resources.nok'),
            value: f.nok(r.nok),
            detail: t('dashboard.resources.withLoss', { value: f.nok(r.nokWithAcceptableLoss) }),
          },
          {
            label: t('dashboard.resources.experiments'),
            value: rate(f, { part: r.withAcceptableLoss, whole: r.experiments }),
            detail: t('dashboard.resources.experimentsDetail', {
              part: f.number(r.withAcceptableLoss),
              whole: f.number(r.experiments),
            }),
          },
        ],
      },
      table: {
        columns: [
          t('dashboard.column.measure'),
          t('dashboard.column.allExperiments'),
          t('dashboard.column.withAcceptableLoss'),
        ],
        rows: [
          [t('dashboard.resources.experimentsRow'), r.experiments, r.withAcceptableLoss],
          [t('dashboard.resources.hours'), r.hours, r.hoursWithAcceptableLoss],
          [t('dashboard.resources.nok'), r.nok, r.nokWithAcceptableLoss],
        ],
      },
    });

  // Trend per quarter, each stage counted on its own day.
  const series: Series[] = TREND_KEYS.map((key) => ({
    key,
    label: t(`dashboard.trend.${key}`),
    values: d.trend.map((q) => q[key]),
  }));
  // A network and Norway count lessons only: their busiest quarter is the one with most lessons.
  const busiestKey = lessonsOnly ? 'lessons' : 'started';
  const busiest = d.trend.reduce<{ quarter: string; n: number } | null>(
    (best, q) => (!best || q[busiestKey] > best.n ? { quarter: q.quarter, n: q[busiestKey] } : best),
    null,
  );
  figures.push({
    id: 'trend',
    title: t('dashboard.figure.trend'),
    summary:
      d.trend.length === 0
        ? t('dashboard.summary.none')
        : t(lessonsOnly ? 'dashboard.summary.trendLessons' : 'dashboard.summary.trend', {
            first: d.trend[0]!.quarter,
            last: d.trend[d.trend.length - 1]!.quarter,
            quarter: busiest?.quarter ?? '',
            count: busiest?.n ?? 0,
            n: f.number(busiest?.n ?? 0),
          }),
    chart: { kind: 'trend', quarters: d.trend.map((q) => q.quarter), series },
    table: {
      columns: [t('dashboard.column.quarter'), ...series.map((s) => s.label)],
      rows: d.trend.map((q) => [q.quarter, ...TREND_KEYS.map((k) => q[k])]),
    },
  });
  return figures;
}

/** The Innovasjonsbarometer's answers, as figures. */
export function barometerFigures(b: Barometer, t: Translate, f: Formats): FigureSpec[] {
  const answers: Array<KeyNumber & { raw: [number, number] }> = [
    {
      label: t('dashboard.barometer.units'),
      value: rate(f, { part: b.unitsWithExperiment, whole: b.units }),
      detail: t('dashboard.barometer.unitsDetail', {
        part: f.number(b.unitsWithExperiment),
        whole: f.number(b.units),
      }),
      raw: [b.unitsWithExperiment, b.units],
    },
    {
      label: t('dashboard.barometer.fromElsewhere'),
      value: rate(f, b.fromElsewhere),
      detail: t('dashboard.barometer.fromElsewhereDetail', {
        part: f.number(b.fromElsewhere.part),
        whole: f.number(b.fromElsewhere.whole),
      }),
      raw: [b.fromElsewhere.part, b.fromElsewhere.whole],
    },
    {
      label: t('dashboard.barometer.spreadToOthers'),
      value: rate(f, b.spreadToOthers),
      detail: t('dashboard.barometer.spreadToOthersDetail', {
        part: f.number(b.spreadToOthers.part),
        whole: f.number(b.spreadToOthers.whole),
      }),
      raw: [b.spreadToOthers.part, b.spreadToOthers.whole],
    },
    {
      label: t('dashboard.barometer.union'),
      value: rate(f, b.unionBeforeStart),
      detail: t('dashboard.key.unionDetail', {
        part: f.number(b.unionBeforeStart.part),
        whole: f.number(b.unionBeforeStart.whole),
      }),
      raw: [b.unionBeforeStart.part, b.unionBeforeStart.whole],
    },
  ];
  const partners = b.partnerKinds.map((p) => ({
    label: t(`partnerKind.${p.key}`),
    value: p.count,
    note: b.experiments > 0 ? f.percent(p.count, b.experiments) : undefined,
  }));
  return [
    {
      id: 'barometer',
      title: t('dashboard.barometer.answersTitle'),
      summary: answers.map((a) => `${a.label}: ${a.value}`).join('. ') + '.',
      chart: { kind: 'numbers', items: answers },
      table: {
        columns: [
          t('dashboard.column.question'),
          t('dashboard.column.share'),
          t('dashboard.column.part'),
          t('dashboard.column.whole'),
        ],
        rows: answers.map((a) => [a.label, a.value, ...a.raw]),
      },
    },
    {
      ...spread(
        'partners',
        t('dashboard.barometer.partnersTitle'),
        t('dashboard.column.partnerKind'),
        t('dashboard.column.experiments'),
        partners,
        t,
        f,
        t('dashboard.barometer.partnersNote', { n: f.number(b.experiments), count: b.experiments }),
      ),
      table: {
        columns: [
          t('dashboard.column.partnerKind'),
          t('dashboard.column.experiments'),
          t('dashboard.column.shareOfExperiments'),
        ],
        rows: partners.map((p) => [p.label, p.value, p.note ?? null]),
      },
    },
  ];
}
