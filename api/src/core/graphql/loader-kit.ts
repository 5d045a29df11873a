import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Db, TenantScope } from '../database/db.service.js';
import type { Loaders } from './context.js';

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

/** The value type a DataLoader of the request holds, by its name in `Loaders`. */
type ValueOf<L> = L extends DataLoader<string, infer V> ? V : never;

/**
 * What one query already read for the request, to hand to its DataLoaders: a list that
 * fetched its relations as JSON in the same statement primes the loaders with them, and
 * the field resolvers (unchanged) find them in the cache instead of asking again.
 */
export class Primed {
  readonly entries: Array<[name: keyof Loaders, key: string, value: unknown]> = [];

  add<K extends keyof Loaders>(name: K, key: string, value: ValueOf<Loaders[K]>): this {
    this.entries.push([name, key, value]);
    return this;
  }

  /** Puts every value into the request's loaders; a key a loader already holds keeps its value. */
  into(loaders: Loaders): void {
    for (const [name, key, value] of this.entries)
      (loaders[name] as unknown as DataLoader<string, unknown>).prime(key, value);
  }
}

/** A page (or one row) together with what it primes. */
export interface Loaded<T> {
  node: T;
  primed: Primed;
}

/** timestamptz as JSON (`2026-12-01T10:34:35.123456+00:00`) to a Date; null stays null. */
export const toDate = (s: string | null | undefined): Date | null => (s == null ? null : new Date(s));

/**
 * The names of the fields selected under `path` (say `['nodes']`) of the field being
 * resolved, through fragments too, so a read fetches only the relations asked for.
 * `@skip`/`@include` are ignored: at worst a relation is read and not shown.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const fieldsOf = (set: SelectionSetNode, seen: Set<string>): FieldNode[] =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, seen);
      const name = s.name.value;
      const fragment = info.fragments[name];
      if (!fragment || seen.has(name)) return [];
      seen.add(name);
      return fieldsOf(fragment.selectionSet, seen);
    });
  for (const step of path)
    sets = sets.flatMap((set) =>
      fieldsOf(set, new Set())
        .filter((f) => f.name.value === step && f.selectionSet)
        .map((f) => f.selectionSet!),
    );
  return new Set(sets.flatMap((set) => fieldsOf(set, new Set()).map((f) => f.name.value)));
}
