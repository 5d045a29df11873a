import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from '../../../i18n/useTranslation';
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useFormat } from '../../../app/format';
import { TableRegion } from '../../../app/TableRegion';
import { fileSlug, toCsv } from '../csv';
import type { FigureSpec } from '../figures';
import { BarChart, KeyNumbers, TrendChart } from './charts';

/** The figure's numbers as a real table: a caption, column headers, and each row's first cell as its header. */
export function FigureTable({ figure }: { figure: FigureSpec }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { columns, rows } = figure.table;
  return (
    <TableRegion label={figure.title}>
      <Table zebra data-size="sm" className="lk-dash-table">
        {/* The heading above says the same; the caption names the table for a screen reader's table list. */}
        <caption className="lk-visually-hidden">{figure.title}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell key={c} scope="col">
                {c}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.length === 0 ? (
            <Table.Row>
              <Table.Cell colSpan={columns.length}>{t('dashboard.summary.none')}</Table.Cell>
            </Table.Row>
          ) : (
            rows.map((row, i) => (
              <Table.Row key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <Table.HeaderCell key={j} scope="row">
                      {cell}
                    </Table.HeaderCell>
                  ) : (
                    <Table.Cell key={j} className={typeof cell === 'number' ? 'lk-dash-table__n' : undefined}>
                      {cell === null ? '–' : typeof cell === 'number' ? format.number(cell) : cell}
                    </Table.Cell>
                  ),
                )}
              </Table.Row>
            ))
          )}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

/** Hands the text to the browser as a download (nothing leaves the page). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the figure's table as CSV (built in the browser). */
export function CsvButton({ figure, prefix }: { figure: FigureSpec; prefix: string }) {
  const { t } = useTranslation();
  return (
    <Button
      type="button"
      variant="tertiary"
      data-size="sm"
      className="lk-no-print"
      // The visible words first, then which table (WCAG 2.5.3): several of these share a page.
      aria-label={`${t('dashboard.downloadCsv')}: ${figure.title}`}
      onClick={() =>
        downloadCsv(`${prefix}-${fileSlug(figure.title)}.csv`, toCsv(figure.table.columns, figure.table.rows))
      }
    >
      {t('dashboard.downloadCsv')}
    </Button>
  );
}

/**
 * One figure on the dashboard: its title, a one-line summary (also the chart's accessible name),
 * the chart, and a toggle that shows the same numbers as a table, which can be downloaded as CSV.
 */
export function Figure({ figure, prefix }: { figure: FigureSpec; prefix: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const { chart } = figure;
  const name = `${figure.title}. ${figure.summary}`;
  return (
    <section aria-labelledby={`${id}-title`} className="lk-dash-figure" data-figure={figure.id}>
      <Heading level={2} data-size="xs" id={`${id}-title`}>
        {figure.title}
      </Heading>
      <figure className="lk-dash-figure__body">
        <figcaption>
          <Paragraph data-size="sm">{figure.summary}</Paragraph>
        </figcaption>
        {asTable ? (
          <FigureTable figure={figure} />
        ) : chart.kind === 'bars' ? (
          <BarChart bars={chart.bars} label={name} />
        ) : chart.kind === 'trend' ? (
          <TrendChart quarters={chart.quarters} series={chart.series} label={name} />
        ) : (
          <KeyNumbers items={chart.items} />
        )}
      </figure>
      <div className="lk-actions">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          aria-pressed={asTable}
          aria-label={`${t('dashboard.showAsTable')}: ${figure.title}`}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('dashboard.showAsTable')}
        </Button>
        <CsvButton figure={figure} prefix={prefix} />
        {figure.link && (
          <Link asChild data-size="sm">
            <RouterLink to={figure.link.to}>{figure.link.text}</RouterLink>
          </Link>
        )}
      </div>
    </section>
  );
}
