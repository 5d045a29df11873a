import { isIsoDate } from '@laerekraft/shared';
import { DomainError } from '../errors/domain-error.js';
import { PageInfo } from './pagination.js';

/** One column of a list's order: a code constant (never input), its SQL type and how a cursor value is checked. */
export interface KeyColumn {
  column: string;
  type: 'timestamptz' | 'int' | 'uuid';
}

/** A list order: every column in the same direction, so one row comparison is its keyset condition. */
export interface KeysetOrder {
  /** The sort's name, written into the cursor: a cursor of one order is refused by another. */
  name: string;
  direction: 'ASC' | 'DESC';
  /** The columns, ending with a unique one (id). */
  columns: readonly KeyColumn[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const valid: Record<KeyColumn['type'], (v: string) => boolean> = {
  // PostgreSQL's own text form (microseconds kept, so no row is skipped or repeated).
  timestamptz: (v) =>
    /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(v) &&
    isIsoDate(v.slice(0, 10)),
  int: (v) => /^\d{1,9}$/.test(v),
  uuid: (v) => UUID.test(v),
};

const refuse = () =>
  DomainError.validation([{ field: 'after', message: 'invalidCursor' }], 'The page cursor is not valid');

/** `ORDER BY` of `order` on `alias`. */
export function orderBy(order: KeysetOrder, alias: string): string {
  return order.columns.map((c) => `${alias}.${c.column} ${order.direction}`).join(', ');
}

/** SQL giving a row's key as a text array, to build the next cursor from. */
export function keyOf(order: KeysetOrder, alias: string): string {
  return `ARRAY[${order.columns.map((c) => `${alias}.${c.column}::text`).join(', ')}]`;
}

/** The cursor of a row whose key (`keyOf`) is `key`. */
export function encodeKeyset(order: KeysetOrder, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([order.name, ...key])).toString('base64url');
}

/** The key a cursor holds, checked against the order it must belong to; null for the first page. */
export function decodeKeyset(order: KeysetOrder, after: string | null | undefined): string[] | null {
  if (!after) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString());
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.name || parsed.length !== order.columns.length + 1)
    throw refuse();
  const key = parsed.slice(1) as unknown[];
  if (!key.every((v, i) => typeof v === 'string' && valid[order.columns[i].type](v))) throw refuse();
  return key as string[];
}

/** The condition "after `key` in `order`" on `alias`, its values bound. */
export function afterKey(
  order: KeysetOrder,
  alias: string,
  key: readonly string[],
  bind: (v: unknown) => string,
) {
  const cols = order.columns.map((c) => `${alias}.${c.column}`).join(', ');
  const vals = order.columns
    .map((c, i) => `${bind(key[i])}::${c.type === 'int' ? 'int' : c.type}`)
    .join(', ');
  return `(${cols}) ${order.direction === 'DESC' ? '<' : '>'} (${vals})`;
}

/** Cuts the extra row off and makes the cursor from the last row's key. */
export function toKeysetPage<T>(
  rows: T[],
  size: number,
  order: KeysetOrder,
  keyOfRow: (row: T) => readonly string[],
): { nodes: T[]; pageInfo: PageInfo } {
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeKeyset(order, keyOfRow(last)) : null } };
}

/** `ILIKE` pattern for "contains `text`": the wildcards a person types are matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** What the tagged lists (ideas, experiments) filter on in common. */
export interface TagFilter {
  states?: readonly string[] | null;
  action?: string | null;
  sdg?: number | null;
  theme?: string | null;
  title?: string | null;
}

/**
 * The conditions of `f` on a table tagged with `state`, `actions`, `sdgs`, `theme` and
 * `title` (`alias`), values bound. The caller has validated `f` (checkListFilter).
 */
export function tagFilterSql(
  f: TagFilter | null | undefined,
  alias: string,
  bind: (v: unknown) => string,
): string[] {
  if (!f) return [];
  const w: string[] = [];
  if (f.states?.length) w.push(`${alias}.state = ANY(${bind([...f.states])}::text[])`);
  if (f.action) w.push(`${alias}.actions @> ARRAY[${bind(f.action)}]::text[]`);
  if (f.sdg != null) w.push(`${alias}.sdgs @> ARRAY[${bind(f.sdg)}]::smallint[]`);
  if (f.theme) w.push(`${alias}.theme = ${bind(f.theme)}`);
  const title = f.title?.trim();
  // Served by the trigram index on title (ILIKE '%…%').
  if (title) w.push(`${alias}.title ILIKE ${bind(containsPattern(title))}`);
  return w;
}
