import type { DataSource } from 'typeorm';

/** `app_portfolio_check()` as [aggregate, missing, extra] rows. */
export async function portfolioCheck(ds: DataSource): Promise<Array<[string, number, number]>> {
  const rows = await ds.query<Array<{ aggregate: string; missing: string; extra: string }>>(
    `SELECT * FROM app_portfolio_check()`,
  );
  return rows.map((r) => [r.aggregate, Number(r.missing), Number(r.extra)]);
}

/** What the check answers when the aggregates agree with a recomputation from the record. */
export const PORTFOLIO_ALL_RIGHT: Array<[string, number, number]> = [
  ['portfolio_facts', 0, 0],
  ['portfolio_cells', 0, 0],
  ['shared_lesson_cells', 0, 0],
];
