import type { ApolloCache, Reference } from '@apollo/client';

/** Whether a cached `units` list holds archived units too (`units({"includeArchived":true})`). */
const holdsArchived = (storeFieldName: string) => storeFieldName.includes('"includeArchived":true');

/**
 * Puts a unit in, or takes it out of, the cached unit lists (one with archived units, one
 * without) after a create, archive or restore: the tree is built from the flat list by
 * `parentId`, so a list with the right members is all the page needs, no refetch.
 */
export function placeUnit(cache: ApolloCache, unit: { id: string; archivedAt?: unknown }) {
  const id = cache.identify({ __typename: 'Unit', id: unit.id });
  if (!id) return;
  cache.modify<{ units: readonly Reference[] }>({
    id: 'ROOT_QUERY',
    fields: {
      units(refs, { storeFieldName, readField, toReference }) {
        const rest = refs.filter((r) => readField('id', r) !== unit.id);
        const belongs = !unit.archivedAt || holdsArchived(storeFieldName);
        return belongs ? [...rest, toReference(id)!] : rest;
      },
    },
  });
}
