import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Db, TenantScope } from '../database/db.service.js';

/** Builders for per-request DataLoaders; each batch is one query through Db with the request's scope. */
export function loaderKit(db: Db, scope: () => TenantScope | null) {
  const run = <T>(work: (m: EntityManager) => Promise<T>) => db.run(scope(), work);
  return {
    run,
    scope,
    byId<T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>) {
      return new DataLoader<string, T | null>(async (ids) => {
        const rows = await run((m) => m.findBy(target, { id: In([...ids]) } as never));
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
    },
    groupBy<T extends ObjectLiteral>(
      target: EntityTarget<T>,
      key: keyof T & string,
      order: Record<string, 'ASC' | 'DESC'> = {},
    ) {
      return new DataLoader<string, T[]>(async (keys) => {
        const rows = await run((m) =>
          m.find(target, { where: { [key]: In([...keys]) } as never, order: order as never }),
        );
        const map = new Map<string, T[]>(keys.map((k) => [k, []]));
        for (const r of rows) map.get(r[key] as string)?.push(r);
        return keys.map((k) => map.get(k)!);
      });
    },
    /** Counts rows per key with one GROUP BY. `table` and `column` are code constants, never input. */
    countBy(table: string, column: string) {
      return new DataLoader<string, number>(async (keys) => {
        const rows: Array<{ k: string; n: string }> = await run((m) =>
          m.query(
            `SELECT ${column} AS k, count(*) AS n FROM ${table} WHERE ${column} = ANY($1::uuid[]) GROUP BY ${column}`,
            [keys],
          ),
        );
        const map = new Map(rows.map((r) => [r.k, Number(r.n)]));
        return keys.map((k) => map.get(k) ?? 0);
      });
    },
  };
}

export type LoaderKit = ReturnType<typeof loaderKit>;
