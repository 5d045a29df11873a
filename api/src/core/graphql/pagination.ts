import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Limits } from '@laerekraft/shared';
import { DomainError } from '../errors/domain-error.js';

/** Keyset cursor over (timestamp, id): stable under inserts, no OFFSET scans. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.at.toISOString()}|${c.id}`).toString('base64url');
}

export function decodeCursor(s: string | null | undefined): Cursor | null {
  if (!s) return null;
  const [at, id] = Buffer.from(s, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()))
    throw DomainError.validation(
      [{ field: 'after', message: 'invalidCursor' }],
      'The page cursor is not valid',
    );
  return { at: date, id };
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > Limits.PAGE_SIZE_MAX) {
    throw DomainError.validation(
      [{ field: 'first', message: 'pageSize', params: { max: Limits.PAGE_SIZE_MAX } }],
      `Ask for 1 to ${Limits.PAGE_SIZE_MAX} items per page`,
    );
  }
  return n;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** Cuts one extra row off to know whether there is a next page. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => Cursor): Page<T> {
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}

/** Whose things a list shows: mine; my unit and the units below it; the whole organisation. */
export const ListScope = { MINE: 'MINE', UNIT: 'UNIT', ORGANISATION: 'ORGANISATION' } as const;
export type ListScope = (typeof ListScope)[keyof typeof ListScope];
registerEnumType(ListScope, {
  name: 'ListScope',
  description: 'Mine; my unit and the units below it; the whole organisation',
});

/** The arguments every paginated list takes. */
@ArgsType()
export class ListArgs {
  @Field(() => ListScope, { defaultValue: ListScope.ORGANISATION }) scope!: ListScope;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1–50' }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** A page of N rows costs N times its fields. */
export const listComplexity = ({
  args,
  childComplexity,
}: {
  args: { first?: number | null };
  childComplexity: number;
}) => (args.first ?? 20) * childComplexity;
