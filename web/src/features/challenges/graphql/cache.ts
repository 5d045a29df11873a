import { isReference, type ApolloCache, type Reference } from '@apollo/client';

type ReadField = <T>(field: string, from: Reference) => T | undefined;
interface Page {
  nodes: readonly Reference[];
  pageInfo: { hasNextPage: boolean };
}

/** Soonest deadline first, then id: the API's order for open challenges. */
function placeIn(refs: readonly Reference[], ref: Reference, readField: ReadField, more: boolean) {
  const key = (r: Reference) =>
    `${readField<string>('deadline', r) ?? ''}\u0000${readField<string>('id', r) ?? ''}`;
  const rest = refs.filter((r) => r.__ref !== ref.__ref);
  const at = rest.findIndex((r) => key(r) > key(ref));
  // Past the loaded page's end it belongs to a page not read yet: "Last flere" brings it.
  if (at < 0) return more ? rest : [...rest, ref];
  return [...rest.slice(0, at), ref, ...rest.slice(at)];
}

/**
 * A challenge just posted (or closed) joins (or leaves) the cached lists of open challenges:
 * every `challenges` page and its network's `challenges`. The mutation's answer carries the
 * fields those lists show, so none of them is refetched.
 */
export function placeChallenge(
  cache: ApolloCache,
  challenge: { id: string; state: string; network?: { id: string } | null },
) {
  const id = cache.identify({ __typename: 'Challenge', id: challenge.id });
  if (!id) return;
  const open = challenge.state === 'OPEN';
  cache.modify<{ challenges: Page }>({
    id: 'ROOT_QUERY',
    fields: {
      challenges(page, { readField, toReference, storeFieldName }) {
        // The app's lists are of all open challenges (no `state`, no `networkId`); others are left.
        if (isReference(page) || storeFieldName.includes('"state"')) return page;
        if (open && storeFieldName.includes('"networkId"')) return page;
        const ref = toReference(id)!;
        const nodes = open
          ? placeIn(page.nodes, ref, readField as ReadField, page.pageInfo.hasNextPage)
          : page.nodes.filter((r) => r.__ref !== id);
        return { ...page, nodes };
      },
    },
  });
  if (!challenge.network) return;
  cache.modify<{ challenges: readonly Reference[] }>({
    id: cache.identify({ __typename: 'Network', id: challenge.network.id }),
    fields: {
      challenges(refs, { readField, toReference }) {
        return open
          ? placeIn(refs, toReference(id)!, readField as ReadField, false)
          : refs.filter((r) => r.__ref !== id);
      },
    },
  });
}
