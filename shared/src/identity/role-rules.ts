import type { Check } from '../core/validation.js';
import { Role } from './roles.js';

export interface RoleChoice {
  role: Role;
  unitId?: string | null;
}

/** A set of roles is valid when it is not empty, has no repeats, and only MANAGER (always) names a unit. */
export function checkRoles(check: Check, field: string, roles: readonly RoleChoice[]): Check {
  check.rule(field, roles.length > 0, 'atLeastOneRole');
  const seen = new Set<string>();
  for (const r of roles) {
    if (r.role === Role.MANAGER) check.rule(field, !!r.unitId, 'managerNeedsUnit');
    else check.rule(field, !r.unitId, 'roleTakesNoUnit');
    const key = `${r.role}:${r.unitId ?? ''}`;
    check.rule(field, !seen.has(key), 'duplicateRole');
    seen.add(key);
  }
  return check;
}
