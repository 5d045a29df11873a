import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { TFunction } from '../i18n/useTranslation';
import { wouldCreateCycle } from '@laerekraft/shared';
import { graphql } from '../gql';
import type { UnitsQuery as UnitsQueryResult } from '../gql/graphql';
import { asLocale, INTL_LOCALE } from '../i18n/locale';

/** The organisation's units, for the tree below: admin's units tab, and unit selects in forms. */
export const UnitsQuery = graphql(`
  query Units($includeArchived: Boolean) {
    units(includeArchived: $includeArchived) {
      id
      name
      parentId
      archivedAt
      version
    }
  }
`);

export type UnitItem = UnitsQueryResult['units'][number];

export interface UnitNode {
  unit: UnitItem;
  children: UnitNode[];
  depth: number;
  /** The names of the units above it, nearest first. */
  above: string[];
}

export interface UnitTree {
  roots: UnitNode[];
  byId: Map<string, UnitItem>;
  /** Depth-first, for selects: each unit with its depth so names can be indented. */
  flat: UnitNode[];
  /** Units `unitId` may move under: not itself, not below itself, not archived. */
  moveTargets: (unitId: string) => UnitNode[];
}

export function buildUnitTree(units: readonly UnitItem[], locale: string): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, UnitItem[]>();
  for (const u of units) {
    // A unit whose parent is not in the list (archived and hidden) is shown at the top.
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const collator = new Intl.Collator(locale);
  const flat: UnitNode[] = [];
  const build = (parent: string | null, depth: number, above: string[]): UnitNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((unit) => {
        const node: UnitNode = { unit, depth, children: [], above };
        flat.push(node);
        node.children = build(unit.id, depth + 1, [unit.name, ...above]);
        return node;
      });
  const roots = build(null, 0, []);
  const parentOf = (id: string) => byId.get(id)?.parentId ?? null;
  return {
    roots,
    byId,
    flat,
    moveTargets: (unitId) =>
      flat.filter(
        (n) => !n.unit.archivedAt && n.unit.id !== unitId && !wouldCreateCycle(unitId, n.unit.id, parentOf),
      ),
  };
}

export function useUnitTree(units: readonly UnitItem[] | undefined): UnitTree {
  const { i18n } = useTranslation();
  const tag = INTL_LOCALE[asLocale(i18n.language)];
  return useMemo(() => buildUnitTree(units ?? [], tag), [units, tag]);
}

/**
 * What a screen reader says for a unit in a select, where the indentation says nothing:
 * "Team nord, under Hjemmetjenesten, under Helse og omsorg" (WCAG 1.3.1). Give it as the
 * option's `aria-label`; a top-level unit needs none (undefined).
 */
export function spokenUnit(node: UnitNode, t: TFunction): string | undefined {
  if (!node.above.length) return undefined;
  return node.above.reduce((said, parent) => t('common.unitUnder', { name: said, parent }), node.unit.name);
}

/** Indent a unit name in a native select, where markup is not allowed (see `spokenUnit`). */
export function indented(node: UnitNode): string {
  return `${'\u2003'.repeat(node.depth)}${node.unit.name}`;
}
