/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF; a field holding a
 * comma, a quote, CR or LF is put in double quotes with its quotes doubled. Every text field
 * is quoted, so a reader never has to guess; numbers and empty values are not.
 * A text that starts with =, +, - or @ (or a tab or CR) would be taken for a formula by a
 * spreadsheet (CSV injection): it gets a leading apostrophe, which spreadsheets hide.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRecord(values: Array<string | number | boolean | null>): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A byte order mark first, so Excel opens the file as UTF-8 (æ, ø, å) rather than Windows-1252. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes to a streamed response with back-pressure: each write waits until the client has
 * taken what was written before (or has gone away), so memory stays one batch.
 */
export function backPressuredWriter(res: {
  destroyed: boolean;
  write(chunk: string): boolean;
  on(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}): (chunk: string) => Promise<void> {
  return async (chunk) => {
    if (res.destroyed || res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
      if (res.destroyed) done();
    });
  };
}
