/**
 * Would moving `unitId` under `newParentId` make the unit its own ancestor?
 * `parentOf` gives each unit's current parent (null at a root).
 */
export function wouldCreateCycle(
  unitId: string,
  newParentId: string | null,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  for (let cur = newParentId; cur != null; cur = parentOf(cur) ?? null) {
    if (cur === unitId) return true;
    if (seen.has(cur)) return true; // an existing cycle is never a safe place to move to
    seen.add(cur);
  }
  return false;
}
