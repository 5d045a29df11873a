import type { ApolloCache, Reference } from '@apollo/client';

type Refs = readonly Reference[];

/**
 * Puts the entity `ref` in a cached list field of `owner` (first or last, as the API orders
 * it), once: the mutation's answer carries every field the list shows, so nothing is refetched.
 */
export function addToList(
  cache: ApolloCache,
  owner: string,
  fieldName: string,
  ref: string | undefined,
  at: 'start' | 'end',
) {
  if (!ref) return;
  cache.modify<Record<string, Refs>>({
    id: owner,
    fields: {
      [fieldName]: (refs: Refs, { toReference }) => {
        if (refs.some((r) => r.__ref === ref)) return refs;
        const added = toReference(ref)!;
        return at === 'start' ? [added, ...refs] : [...refs, added];
      },
    },
  });
}
