import { Role } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { forbidden, managesChain, type Rules } from '../core/auth/authority.js';
import { NetworksPolicy } from '../networks/networks.policy.js';
import { DashboardScope } from './dashboard.model.js';

/** What the policy needs to know about the dashboard asked for. */
export type DashboardTarget =
  | { scope: typeof DashboardScope.ORGANISATION }
  | { scope: typeof DashboardScope.NATIONAL }
  /** A unit of the viewer's organisation: itself and its ancestors, nearest first. */
  | { scope: typeof DashboardScope.UNIT; unitChain: readonly string[] }
  /** A network the viewer's organisation sees (runs, or is a member of). */
  | { scope: typeof DashboardScope.NETWORK; network: { organisationId: string } };

export type DashboardAbility = 'open';

/**
 * Who may open which portfolio dashboard (issue 9, "Role rules"): the one place these rules live.
 * - Innovation leads and readers: their organisation, and any unit of it (with its sub-units).
 * - Managers: the units they manage and the units below them; not a sibling, not the organisation.
 * - Network coordinators: the networks their organisation runs, limited to what was shared to them.
 * - Everyone signed in: Norway (public lessons).
 * A unit of another organisation, or a network the viewer's organisation does not see, is not
 * found (the service says NOT_FOUND before asking `rules`). Row-level security holds the same
 * wall under the aggregates: an organisation reads its own cells, and shared cells of the public
 * and of its networks only.
 */
export const DashboardPolicy = {
  /** Sees the whole organisation's portfolio (and the barometer). */
  seesOrganisation(actor: Actor): boolean {
    return actor.has(Role.INNOVATION_LEAD) || actor.has(Role.READER);
  },
  seesUnit(actor: Actor, unitChain: readonly string[]): boolean {
    return DashboardPolicy.seesOrganisation(actor) || managesChain(actor, unitChain);
  },
  /** Manages units, so the unit dashboards of those units and below (and only them, unless they see the organisation). */
  seesOnlyManagedUnits(actor: Actor): boolean {
    return !DashboardPolicy.seesOrganisation(actor) && actor.managedUnitIds().length > 0;
  },
  seesNetwork(actor: Actor, network: { organisationId: string }): boolean {
    return NetworksPolicy.canCoordinate(actor, network);
  },
  /** Coordinates the networks their organisation runs. */
  coordinatesNetworks(actor: Actor): boolean {
    return actor.has(Role.NETWORK_COORDINATOR);
  },
  rules(actor: Actor, target: DashboardTarget): Rules<DashboardAbility> {
    switch (target.scope) {
      case DashboardScope.NATIONAL:
        return { open: null };
      case DashboardScope.ORGANISATION:
        return {
          open: DashboardPolicy.seesOrganisation(actor)
            ? null
            : forbidden('Only the innovation lead and readers see the organisation’s dashboard'),
        };
      case DashboardScope.UNIT:
        return {
          open: DashboardPolicy.seesUnit(actor, target.unitChain)
            ? null
            : forbidden(
                'Only a manager of the unit (or of a unit above it), the innovation lead and readers see its dashboard',
              ),
        };
      case DashboardScope.NETWORK:
        return {
          open: DashboardPolicy.seesNetwork(actor, target.network)
            ? null
            : forbidden('Only a coordinator of the network sees its dashboard'),
        };
    }
  },
  /** The barometer is the organisation's: the same people as its dashboard. */
  barometerRules(actor: Actor): Rules<DashboardAbility> {
    return {
      open: DashboardPolicy.seesOrganisation(actor)
        ? null
        : forbidden('Only the innovation lead and readers see the organisation’s barometer'),
    };
  },
  /** The experiments export: the whole organisation (leads and readers) or a manager's units. */
  exportRules(actor: Actor): Rules<DashboardAbility> {
    return {
      open:
        DashboardPolicy.seesOrganisation(actor) || actor.managedUnitIds().length > 0
          ? null
          : forbidden('Only the innovation lead, readers and managers export the experiments'),
    };
  },
};
