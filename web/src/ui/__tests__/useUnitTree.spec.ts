import { describe, expect, it } from '@jest/globals';
import type { TFunction } from '../../i18n/useTranslation';
import { buildUnitTree, indented, spokenUnit, type UnitItem } from '../useUnitTree';

const unit = (id: string, name: string, parentId: string | null): UnitItem =>
  ({ __typename: 'Unit', id, name, parentId, archivedAt: null, version: 1 }) as UnitItem;

// The bokmål text of common.unitUnder, filled in as the app's translator would.
const t = ((key: string, o: { name: string; parent: string }) =>
  key === 'common.unitUnder' ? `${o.name}, under ${o.parent}` : key) as unknown as TFunction;

describe('unit selects', () => {
  const tree = buildUnitTree(
    [unit('h', 'Helse og omsorg', null), unit('j', 'Hjemmetjenesten', 'h'), unit('n', 'Team nord', 'j')],
    'nb-NO',
  );
  const node = (id: string) => tree.flat.find((n) => n.unit.id === id)!;

  it('indents for the eye', () => {
    expect(tree.flat.map(indented)).toEqual([
      'Helse og omsorg',
      '\u2003Hjemmetjenesten',
      '\u2003\u2003Team nord',
    ]);
  });

  it('says where a unit sits for the ear, nearest parent first', () => {
    expect(spokenUnit(node('h'), t)).toBeUndefined();
    expect(spokenUnit(node('j'), t)).toBe('Hjemmetjenesten, under Helse og omsorg');
    expect(spokenUnit(node('n'), t)).toBe('Team nord, under Hjemmetjenesten, under Helse og omsorg');
  });
});
