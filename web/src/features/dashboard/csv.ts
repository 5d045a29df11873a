/**
 * CSV as the open data has it (api/src/public/csv.ts): RFC 4180, comma-separated, CRLF after
 * every record, text quoted, numbers not, a byte order mark first so Excel reads æ, ø, å. A
 * text that starts with =, +, - or @ (or a tab or CR) would be taken for a formula by a
 * spreadsheet (CSV injection): it gets a leading apostrophe, which spreadsheets hide.
 */
export type Cell = string | number | null;

export const UTF8_BOM = '\uFEFF';

export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** A file name from a title: lower case, ASCII, dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tabell'
  );
}
