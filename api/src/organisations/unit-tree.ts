import type { EntityManager } from 'typeorm';

/**
 * Unit tree queries (recursive CTEs). A manager's authority reaches the units below
 * theirs, so policies ask for a unit's chain of ancestors, and queues for descendants.
 */

/** For each unit id: the unit itself and all its ancestors, nearest first. */
export async function unitChains(
  m: EntityManager,
  unitIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (!unitIds.length) return new Map();
  const rows: Array<{ start_id: string; id: string; depth: number }> = await m.query(
    `WITH RECURSIVE chain(start_id, id, parent_id, depth) AS (
       SELECT u.id, u.id, u.parent_id, 0 FROM units u WHERE u.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.start_id, p.id, p.parent_id, c.depth + 1 FROM chain c JOIN units p ON p.id = c.parent_id WHERE c.depth < 50
     )
     SELECT start_id, id, depth FROM chain ORDER BY start_id, depth`,
    [unitIds],
  );
  const out = new Map<string, string[]>(unitIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.start_id)?.push(r.id);
  return out;
}

export async function unitChain(m: EntityManager, unitId: string): Promise<string[]> {
  return (await unitChains(m, [unitId])).get(unitId) ?? [];
}

/** The given units and every unit below them. */
export async function unitsBelow(m: EntityManager, unitIds: readonly string[]): Promise<string[]> {
  if (!unitIds.length) return [];
  const rows: Array<{ id: string }> = await m.query(
    `WITH RECURSIVE below(id, depth) AS (
       SELECT u.id, 0 FROM units u WHERE u.id = ANY($1::uuid[])
       UNION
       SELECT c.id, b.depth + 1 FROM below b JOIN units c ON c.parent_id = b.id WHERE b.depth < 50
     )
     SELECT DISTINCT id FROM below`,
    [unitIds],
  );
  return rows.map((r) => r.id);
}
