import { useQuery } from '@apollo/client/react';
import type { MeQuery as MeQueryResult } from '../../gql/graphql';
import { MeQuery } from './graphql';

export type Me = MeQueryResult['me'];
export type ViewerCan = MeQueryResult['viewerCan'];

/** The signed-in person, read from the cache that `RequireAuth` filled. */
export function useMe(): Me | undefined {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return data?.me;
}

/**
 * What the signed-in person may do outside any one object, as the API's policies decide
 * (read with `me`). The web shows an action only when this, or the object's own `viewerCan`,
 * says so; it never works out a rule from roles itself.
 */
export function useViewerCan(): ViewerCan | undefined {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return data?.viewerCan;
}
